import { APIError, type Access, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { say } from '../messages.ts'
import { canEdit, canPublish, isDepartmentEditor, isOwnDepartment, ownDepartmentsWhere } from './roles.ts'

/**
 * Access for the collections a 部署担当 works in (KPIs, implementation plans): everyone else keeps the editorial
 * rules; a 部署担当 reads, drafts and submits only documents whose department (at `path`) is one of theirs, and
 * never publishes or deletes. Read access answers with a query, so list views, counts, the REST and GraphQL APIs
 * and relationship pickers all show them only their own.
 */
export function departmentScopedAccess(path: string, { create }: { create: boolean }) {
  const publishing = (data: unknown) => (data as { _status?: string } | undefined)?._status === 'published'
  const own = (req: PayloadRequest) => ownDepartmentsWhere(req, path)
  const read: Access = ({ req }) => {
    if (!req.user) return { _status: { equals: 'published' } }
    return isDepartmentEditor(req) ? own(req) : true
  }
  const update: Access = ({ req, data }) => {
    if (isDepartmentEditor(req)) return publishing(data) ? false : own(req)
    return canEdit(req) && (!publishing(data) || canPublish(req))
  }
  const readVersions: Access = ({ req }) => (isDepartmentEditor(req) ? ownDepartmentsWhere(req, `version.${path}`) : canEdit(req))
  // A 部署担当 may start a KPI for their own department (checked again on save by `keepToOwnDepartments`).
  const mayCreate: Access = ({ req, data }) => canEdit(req) || (create && isDepartmentEditor(req) && !publishing(data))
  return { read, update, readVersions, create: mayCreate }
}

const notOwn = (label: { ja: string; en: string }) => ({
  ja: `保存できません: 「${label.ja}」は自分の担当部署にしてください（部署担当は担当部署のものだけを編集できます）。`,
  en: `Cannot save: "${label.en}" must be one of your own departments (department editors edit only their departments' records).`,
})

const refuse = (req: PayloadRequest, label: { ja: string; en: string }) => new APIError(say(req, notOwn(label)), 403, null, true)

const DEPARTMENT = { ja: '担当部署', en: 'Department' }

/** A 部署担当 cannot give a KPI to another department (nor create one for it). */
export const keepKpiInOwnDepartments: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!isDepartmentEditor(req)) return data
  const department = data.department !== undefined ? data.department : originalDoc?.department
  if (!isOwnDepartment(req, department)) throw refuse(req, DEPARTMENT)
  return data
}

type Row = Record<string, unknown> & { id?: string | null; department?: unknown }

/** A row's content for comparison: ids of links, no row ids, empty values dropped, keys sorted. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize)
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if ('id' in o && 'createdAt' in o) return o.id
    return Object.fromEntries(
      Object.keys(o)
        .filter((k) => k !== 'id' && o[k] !== undefined && o[k] !== null && o[k] !== '')
        .sort()
        .map((k) => [k, normalize(o[k])]),
    )
  }
  // A form sends an empty field as null or '', a stored one may be absent.
  return value === undefined || value === '' ? null : value
}
const same = (a: unknown, b: unknown) => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b))

/** The edition's own fields (title, years, plan…) belong to the planning division, not to one department. */
const EDITION_FIELDS = ['title', 'fiscalYear', 'startFY', 'endFY', 'description', 'plan', 'key']

/**
 * An implementation plan holds the projects of many departments: a 部署担当 may change, add or remove only the
 * project rows of their own departments, and leaves the edition's own fields and other departments' rows as they are.
 */
export const keepProjectsInOwnDepartments: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  if (!isDepartmentEditor(req)) return data
  if (operation === 'create') throw refuse(req, DEPARTMENT)
  for (const field of EDITION_FIELDS) {
    if (data[field] !== undefined && !same(data[field], originalDoc?.[field])) {
      throw new APIError(
        say(req, {
          ja: `保存できません: 部署担当は実施計画の「${field}」を変更できません（担当部署の事業だけを編集できます）。`,
          en: `Cannot save: department editors cannot change the implementation plan's "${field}" (only their departments' projects).`,
        }),
        403,
        null,
        true,
      )
    }
  }
  if (data.projects === undefined) return data
  const before = (originalDoc?.projects as Row[] | undefined) ?? []
  const after = (data.projects as Row[] | undefined) ?? []
  const PROJECT = { ja: '事業 › 担当部署', en: 'Projects › Department' }
  for (const row of after) {
    const previous = row.id ? before.find((b) => b.id === row.id) : undefined
    if (previous && !isOwnDepartment(req, previous.department) && same(row, previous)) continue
    if (!isOwnDepartment(req, row.department)) throw refuse(req, PROJECT)
    if (previous && !isOwnDepartment(req, previous.department)) throw refuse(req, PROJECT)
  }
  for (const row of before) {
    if (!isOwnDepartment(req, row.department) && !after.some((a) => a.id === row.id)) throw refuse(req, PROJECT)
  }
  return data
}

/** The department picker offers a 部署担当 only their own departments. */
export const ownDepartmentOptions = ({ req }: { req: PayloadRequest }) => (isDepartmentEditor(req) ? ownDepartmentsWhere(req, 'id') : true)
