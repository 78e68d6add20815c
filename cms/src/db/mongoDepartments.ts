import type { Payload } from 'payload'
import { departmentRecordFor } from './departmentKeys.ts'

/** The MongoDB driver's collection as Mongoose exposes it (`Model.collection`); only what is used here. */
interface RawCollection {
  find(filter: object): { toArray(): Promise<RawDoc[]> }
  findOne(filter: object): Promise<RawDoc | null>
  updateOne(filter: object, update: object): Promise<unknown>
}
type RawDoc = Record<string, unknown> & { _id: unknown }
type Name = { ja?: unknown; en?: unknown }

const nameOf = (value: unknown): { ja: string; en: string | null } | null => {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('ja' in value)) return null
  const { ja, en } = value as Name
  if (typeof ja !== 'string' || ja.trim() === '') return null
  return { ja: ja.trim(), en: typeof en === 'string' && en.trim() !== '' ? en.trim() : null }
}

/**
 * Where a department was a localized name before departments became records: a KPI's `department`, each
 * implementation-plan project's, and the same inside their versions (`version.…`).
 */
const PLACES = [
  { collection: 'kpis', versions: false, path: ['department'] },
  { collection: 'kpis', versions: true, path: ['version', 'department'] },
  { collection: 'implementation-plans', versions: false, path: ['projects', '*', 'department'] },
  { collection: 'implementation-plans', versions: true, path: ['version', 'projects', '*', 'department'] },
] as const

/** Every value at `path` ('*' walks an array), with a setter that replaces it in the document. */
function visit(doc: Record<string, unknown>, path: readonly string[], found: (value: unknown, replace: (v: unknown) => void) => void): void {
  const [head, ...rest] = path
  if (head === '*') {
    if (Array.isArray(doc)) for (const item of doc) if (item && typeof item === 'object') visit(item as Record<string, unknown>, rest, found)
    return
  }
  if (rest.length === 0) {
    found(doc[head], (v) => (doc[head] = v))
    return
  }
  const next = doc[head]
  if (next && typeof next === 'object') visit(next as Record<string, unknown>, rest, found)
}

/**
 * MongoDB has no schema migrations, so the move of 20261126_221057_departments (SQLite) runs here, at every start,
 * doing nothing once done: each department name still stored on a KPI, a project or one of their versions becomes a
 * department record (the seed's key and sample flag for the seed's names), and the document links that record.
 * Nothing is lost: the names live on in the records. Returns how many documents it changed.
 */
export async function linkMongoDepartmentNames(payload: Payload): Promise<number> {
  const db = payload.db as unknown as {
    collections: Record<string, { collection: RawCollection }>
    versions: Record<string, { collection: RawCollection }>
  }
  const raw = (slug: string, versions: boolean) => (versions ? db.versions[slug] : db.collections[slug])?.collection
  const pending: Array<{ coll: RawCollection; doc: RawDoc; path: readonly string[] }> = []
  const names = new Map<string, string | null>()
  for (const place of PLACES) {
    const coll = raw(place.collection, place.versions)
    if (!coll) continue
    const filter = { [`${place.path.filter((p) => p !== '*').join('.')}.ja`]: { $type: 'string' } }
    for (const doc of await coll.find(filter).toArray()) {
      pending.push({ coll, doc, path: place.path })
      visit(doc, place.path, (value) => {
        const name = nameOf(value)
        if (name && (!names.has(name.ja) || (!names.get(name.ja) && name.en))) names.set(name.ja, name.en)
      })
    }
  }
  if (pending.length === 0) return 0

  const departments = raw('departments', false)!
  const { docs: existing } = await payload.find({ collection: 'departments', locale: 'ja', depth: 0, pagination: false, overrideAccess: true })
  const used = new Set(existing.map((d) => d.key))
  const idByName = new Map<string, unknown>()
  for (const d of existing) {
    const stored = await departments.findOne({ key: d.key })
    if (stored && typeof d.name === 'string') idByName.set(d.name, stored._id)
  }
  let order = existing.length
  for (const [ja, en] of names) {
    if (idByName.has(ja)) continue
    order += 1
    const { key, sample } = departmentRecordFor(ja, order, used)
    const created = await payload.create({
      collection: 'departments',
      locale: 'ja',
      data: { key, name: ja, sample, order },
      overrideAccess: true,
      context: { keepSampleFlags: true, skipSitePublish: true },
    })
    if (en)
      await payload.update({
        collection: 'departments',
        id: created.id,
        locale: 'en',
        data: { name: en },
        overrideAccess: true,
        context: { keepSampleFlags: true, skipSitePublish: true },
      })
    idByName.set(ja, (await departments.findOne({ key }))!._id)
  }

  for (const { coll, doc, path } of pending) {
    const top = path[0]
    visit(doc, path, (value, replace) => {
      const name = nameOf(value)
      if (name) replace(idByName.get(name.ja) ?? null)
    })
    await coll.updateOne({ _id: doc._id }, { $set: { [top]: doc[top] } })
  }
  return pending.length
}
