import type { LocalizedText } from '@keikaku/content-schemas'
import type { Payload } from 'payload'
import type { SeedData, SeedDepartment } from './types.ts'

/** The department names the KPIs and implementation-plan projects give, in order of first appearance. */
export function departmentNamesIn(data: Pick<SeedData, 'kpis' | 'implementation-plans'>): LocalizedText[] {
  const names = new Map<string, LocalizedText>()
  const add = (name: LocalizedText) => {
    if (!names.has(name.ja)) names.set(name.ja, name)
  }
  for (const kpi of data.kpis) add(kpi.department)
  for (const edition of data['implementation-plans']) for (const project of edition.projects) add(project.department)
  return [...names.values()]
}

/**
 * The seed's departments plus one for every name the records give that the list lacks (e.g. a snapshot loaded for a
 * benchmark): those get keys `department-N`.
 */
export function departmentsToSeed(data: Pick<SeedData, 'kpis' | 'implementation-plans' | 'departments'>): SeedDepartment[] {
  const listed = new Set(data.departments.map((d) => d.name.ja))
  const extra = departmentNamesIn(data).filter((name) => !listed.has(name.ja))
  return [
    ...data.departments,
    ...extra.map((name, i) => ({ key: `department-${data.departments.length + i + 1}`, name, order: data.departments.length + i + 1, sample: false })),
  ]
}

/** Creates the departments not there yet (by key) and returns every department's id by its Japanese name. */
export async function seedDepartments(
  payload: Payload,
  data: Pick<SeedData, 'kpis' | 'implementation-plans' | 'departments'>,
  context: Record<string, unknown>,
): Promise<Map<string, string | number>> {
  const { docs } = await payload.find({ collection: 'departments', depth: 0, pagination: false, overrideAccess: true, locale: 'ja' })
  const byKey = new Map(docs.map((d) => [d.key, d]))
  const ids = new Map<string, string | number>(docs.flatMap((d) => (d.name ? [[d.name, d.id] as const] : [])))
  for (const department of departmentsToSeed(data)) {
    const existing = byKey.get(department.key)
    if (existing) {
      ids.set(department.name.ja, existing.id)
      continue
    }
    const { name, ...rest } = department
    const created = await payload.create({ collection: 'departments', data: { ...rest, name: name.ja }, locale: 'ja', overrideAccess: true, context })
    if (name.en) await payload.update({ collection: 'departments', id: created.id, data: { name: name.en }, locale: 'en', overrideAccess: true, context })
    ids.set(name.ja, created.id)
  }
  return ids
}
