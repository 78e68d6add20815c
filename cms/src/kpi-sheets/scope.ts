import { kpiSheetRows, unionPeriod, type Kpi, type KpiSheetActual, type KpiSheetRow, type KpiSheetTarget, type Period } from '@keikaku/content-schemas'
import type { Payload, Where } from 'payload'
import type { User } from '../payload-types.ts'
import { canEdit, isDepartmentEditor, isOwnDepartment } from '../access/roles.ts'
import { allDepartments, withDepartmentNames } from '../snapshot/exportSnapshot.ts'
import { fromDocument } from '../snapshot/fromDocument.ts'

type Doc = Record<string, unknown> & { id: string | number }
/** The staff member a sheet is written for or read from: their role and department decide what they may change. */
export type SheetUser = User

export interface KpiSheetScope {
  /** Only KPIs of this plan (by key). */
  plan?: string
  /** Only KPIs of this 担当部署 (its key). */
  department?: string
  /** Whose sheet it is: a 部署担当 gets only the KPIs of their departments (their read access). */
  user?: SheetUser | null
  /** The year to report: KPIs without an actual for it get an empty row to fill in. */
  fiscalYear?: number
  /** The admin list's filter, as its URL carries it. */
  where?: Where
}

const idOf = (ref: unknown) => String(typeof ref === 'object' && ref !== null ? (ref as { id: unknown }).id : ref)

/** Every KPI as its latest version (the draft an import builds on), with the plans' keys and periods. */
async function latestKpis(payload: Payload, where?: Where, user?: SheetUser | null) {
  const access = user ? { overrideAccess: false, user: { ...user, collection: 'users' } } : { overrideAccess: true }
  const [{ docs: kpis }, { docs: plans }] = await Promise.all([
    payload.find({ collection: 'kpis', where, draft: true, locale: 'all', depth: 0, pagination: false, sort: 'order', ...access }),
    payload.find({ collection: 'plans', draft: true, depth: 0, pagination: false, overrideAccess: true, select: { key: true, startFY: true, endFY: true } }),
  ])
  const planById = new Map((plans as unknown as Array<Doc & { key: string } & Period>).map((p) => [String(p.id), p]))
  return { kpis: kpis as unknown as Doc[], planById }
}

/** The sheet rows of the KPIs in scope, as the latest versions stand (what the department last saw or submitted). */
export async function exportKpiSheetRows(payload: Payload, scope: KpiSheetScope = {}): Promise<KpiSheetRow[]> {
  const departments = await allDepartments(payload)
  let department: (typeof departments)[number] | undefined
  if (scope.department) {
    department = departments.find((d) => d.key === scope.department)
    if (!department) {
      const known = departments.map((d) => d.key).join(', ')
      throw new Error(`担当部署「${scope.department}」がありません（${known}） / no department "${scope.department}" (${known})`)
    }
  }
  const { kpis } = await latestKpis(payload, scope.where, scope.user)
  const named = withDepartmentNames(departments).kpis!
  const keyCache = new Map<string, Map<string, string>>()
  const keysOf = async (collection: string) => {
    if (!keyCache.has(collection)) {
      const { docs } = await payload.find({
        collection: collection as 'goals',
        draft: true,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { key: true },
      })
      keyCache.set(collection, new Map(docs.map((d) => [String(d.id), String(d.key)])))
    }
    return keyCache.get(collection)!
  }
  for (const c of ['plans', 'goals', 'priority-projects', 'strategy-goals', 'plan-items', 'bodies', 'meetings']) await keysOf(c)
  const { municipalityCode } = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  const keyOf = (collection: string, id: unknown) => keyCache.get(collection)?.get(idOf(id)) ?? null

  return kpis.flatMap((doc) => {
    if (department && String(doc.department) !== String(department.id)) return []
    const kpi = fromDocument('kpis', named({ ...doc, formerKeys: doc.formerKeys ?? [] }), keyOf) as Kpi
    if (scope.plan && !kpi.plans.includes(scope.plan)) return []
    const samples = kpi.sampleFields ?? []
    return kpiSheetRows(kpi, {
      municipalityCode: municipalityCode ?? '',
      isSample: (field) => samples.some((f) => f === field || f.startsWith(`${field}.`) || field.startsWith(`${f}.`)),
      departmentName: kpi.department?.ja ?? '',
      emptyActualYear: scope.fiscalYear,
    })
  })
}

const text = (value: unknown): string | null => {
  const ja = typeof value === 'object' && value !== null ? (value as { ja?: unknown }).ja : value
  return typeof ja === 'string' && ja.trim() !== '' ? ja : null
}

/** What an import checks a sheet against: each KPI's period, current actuals, and whether this user may change it. */
export async function kpiSheetTargets(payload: Payload, user: SheetUser): Promise<Map<string, KpiSheetTarget & { id: string | number }>> {
  const { kpis, planById } = await latestKpis(payload)
  const asReq = { user }
  // A 部署担当 may change only the KPIs of their departments (the import lists the others as problems).
  const mayEdit = (doc: Doc) => canEdit(asReq) || (isDepartmentEditor(asReq) && isOwnDepartment(asReq, doc.department))
  return new Map(
    kpis.map((doc) => {
      const periods = ((doc.plans as unknown[]) ?? []).map((p) => planById.get(idOf(p))).filter((p): p is Doc & Period & { key: string } => p != null)
      const actuals = ((doc.actuals as Array<Record<string, unknown>>) ?? []).map((a): KpiSheetActual => ({
        fiscalYear: a.fiscalYear as number,
        value: a.value as number,
        status: (a.status as KpiSheetActual['status']) ?? 'final',
        note: text(a.note),
        source: text(a.source),
      }))
      const target: KpiSheetTarget & { id: string | number } = {
        id: doc.id,
        key: String(doc.key),
        period: unionPeriod(periods),
        baseline: doc.baseline as KpiSheetTarget['baseline'],
        target: doc.target as KpiSheetTarget['target'],
        actuals,
        editable: mayEdit(doc),
      }
      return [target.key, target]
    }),
  )
}
