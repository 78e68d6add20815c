import type { Access, FieldAccess, PayloadRequest } from 'payload'
import type { Label } from '@keikaku/content-schemas/common'

/** 起案 → 承認: editors draft and submit, approvers publish, admins also manage users, viewers read. */
export const ROLES = ['admin', 'approver', 'editor', 'viewer'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, Label> = {
  admin: { ja: '管理者', en: 'Administrator' },
  approver: { ja: '承認者', en: 'Approver' },
  editor: { ja: '編集者', en: 'Editor' },
  viewer: { ja: '閲覧者', en: 'Viewer' },
}

const roleOf = (req: Pick<PayloadRequest, 'user'>): Role | null =>
  (req.user as { role?: Role } | null)?.role ?? null

export const hasRole =
  (...roles: Role[]) =>
  (req: Pick<PayloadRequest, 'user'>): boolean => {
    const role = roleOf(req)
    return role !== null && roles.includes(role)
  }

export const canPublish = hasRole('admin', 'approver')
export const canEdit = hasRole('admin', 'approver', 'editor')

export const signedIn: Access = ({ req }) => Boolean(req.user)
export const admins: Access = ({ req }) => hasRole('admin')(req)
export const editors: Access = ({ req }) => canEdit(req)
export const publishers: Access = ({ req }) => canPublish(req)
export const adminField: FieldAccess = ({ req }) => hasRole('admin')(req)

/** Anonymous readers (the public API) see published documents only; signed-in staff see drafts too. */
export const publishedOrSignedIn: Access = ({ req }) =>
  req.user ? true : { _status: { equals: 'published' } }
