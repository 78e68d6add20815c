import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'
import type { Label } from '@keikaku/content-schemas/common'

/**
 * 起案 → 承認: editors draft and submit, approvers publish, admins also manage users, viewers read.
 * 部署担当 (department-editor) draft and submit only the KPIs and implementation-plan projects of their departments.
 */
export const ROLES = ['admin', 'approver', 'editor', 'department-editor', 'viewer'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, Label> = {
  admin: { ja: '管理者', en: 'Administrator' },
  approver: { ja: '承認者', en: 'Approver' },
  editor: { ja: '編集者', en: 'Editor' },
  'department-editor': { ja: '部署担当', en: 'Department editor' },
  viewer: { ja: '閲覧者', en: 'Viewer' },
}

const roleOf = (req: Pick<PayloadRequest, 'user'>): Role | null => (req.user as { role?: Role } | null)?.role ?? null

export const hasRole =
  (...roles: Role[]) =>
  (req: Pick<PayloadRequest, 'user'>): boolean => {
    const role = roleOf(req)
    return role !== null && roles.includes(role)
  }

export const canPublish = hasRole('admin', 'approver')
export const canEdit = hasRole('admin', 'approver', 'editor')
export const isDepartmentEditor = hasRole('department-editor')

const idOf = (ref: unknown): string | number | null =>
  typeof ref === 'object' && ref !== null ? ((ref as { id?: string | number }).id ?? null) : (ref as string | number | null)

/** The ids of the user's departments (stored as ids or populated records, depending on the read depth). */
export function userDepartmentIds(req: Pick<PayloadRequest, 'user'>): Array<string | number> {
  const refs = (req.user as { departments?: unknown[] | null } | null)?.departments ?? []
  return refs.map(idOf).filter((id): id is string | number => id !== null && id !== undefined)
}

/** Whether a department (id or record) is one of the user's. */
export const isOwnDepartment = (req: Pick<PayloadRequest, 'user'>, department: unknown): boolean => {
  const id = idOf(department)
  return id !== null && id !== undefined && userDepartmentIds(req).some((own) => String(own) === String(id))
}

/**
 * The query a 部署担当's reads and writes are limited to: documents whose department field (at `path`) is one of
 * theirs. A user without departments matches nothing (an `in` on an empty list would match everything on some
 * adapters, so an impossible id is used instead).
 */
export function ownDepartmentsWhere(req: Pick<PayloadRequest, 'user'>, path: string): Where {
  const ids = userDepartmentIds(req)
  return ids.length > 0 ? { [path]: { in: ids } } : { id: { exists: false } }
}

export const signedIn: Access = ({ req }) => Boolean(req.user)
export const admins: Access = ({ req }) => hasRole('admin')(req)
export const editors: Access = ({ req }) => canEdit(req)
export const publishers: Access = ({ req }) => canPublish(req)
export const adminField: FieldAccess = ({ req }) => hasRole('admin')(req)

/** Anonymous readers (the public API) see published documents only; signed-in staff see drafts too. */
export const publishedOrSignedIn: Access = ({ req }) => (req.user ? true : { _status: { equals: 'published' } })
