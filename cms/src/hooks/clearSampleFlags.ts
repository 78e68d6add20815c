import type { PayloadRequest } from 'payload'
import type { SampleSpec } from '../fields/sample.ts'

type Doc = Record<string, unknown>

/** Request context for code that writes sample flags exactly as it means them (seeding, restoring a snapshot). */
export const KEEP_SAMPLE_FLAGS = { keepSampleFlags: true } as const

const isEmpty = (v: unknown) => v === undefined || v === null || v === ''

/** Content for comparison: row ids, flags and empty values left out, populated links as their ids. */
function normalize(value: unknown, skip: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => normalize(v, skip))
  if (value instanceof Date) return value.toISOString()
  if (value && typeof value === 'object') {
    const o = value as Doc
    if ('id' in o && 'createdAt' in o) return o.id
    return Object.fromEntries(
      Object.keys(o)
        .filter((k) => k !== 'id' && !skip.has(k) && !isEmpty(o[k]))
        .sort()
        .map((k) => [k, normalize(o[k], new Set())]),
    )
  }
  return isEmpty(value) ? null : value
}

const same = (a: unknown, b: unknown, skip = new Set<string>()) => JSON.stringify(normalize(a, skip)) === JSON.stringify(normalize(b, skip))

const at = (doc: unknown, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Doc)[k] : undefined), doc)

/** The stored row a submitted row replaces: same id, else same key or fiscal year (API clients may omit ids). */
function previousRow(row: Doc, before: Doc[]): Doc | undefined {
  if (row.id != null) {
    const byId = before.find((b) => b.id === row.id)
    if (byId) return byId
  }
  for (const natural of ['key', 'fiscalYear']) {
    if (row[natural] == null) continue
    const matches = before.filter((b) => b[natural] === row[natural])
    if (matches.length === 1) return matches[0]
  }
  return undefined
}

function clearRowFlags(spec: SampleSpec, data: Doc, original: Doc): void {
  for (const { name, spec: rowSpec } of spec.rowArrays) {
    const rows = data[name]
    if (!Array.isArray(rows)) continue
    const before = (Array.isArray(original[name]) ? original[name] : []) as Doc[]
    const ownFields = new Set(['sample', ...rowSpec.rowArrays.map((r) => r.name)])
    data[name] = rows.map((row: Doc) => {
      const old = previousRow(row, before)
      if (!old) return row // a new row: its flag is as submitted
      const next = { ...row }
      clearRowFlags(rowSpec, next, old)
      // A flag already set and carried along is cleared when the row's content changed; one set just now stays.
      if (next.sample === true && old.sample === true && !same(row, old, ownFields)) next.sample = false
      return next
    })
  }
}

/**
 * What staff type is the city's own: a save (draft or not) clears the sample flag of every value whose content it
 * changed, unless the same request sets that flag (it was off before). Creating a document keeps the flags given.
 */
export const clearSampleFlags =
  (spec: SampleSpec) =>
  <T extends Doc>({ data, originalDoc, req }: { data: T; originalDoc?: unknown; req: PayloadRequest }): T => {
    if (!originalDoc || typeof originalDoc !== 'object' || req.context.keepSampleFlags) return data
    const original = originalDoc as Doc
    const result: Doc = { ...data }
    clearRowFlags(spec, result, original)
    const flaggedBefore = new Set(Array.isArray(original.sampleFields) ? (original.sampleFields as string[]) : [])
    const flags = Array.isArray(data.sampleFields) ? (data.sampleFields as string[]) : [...flaggedBefore]
    const changed = (path: string) => at(data, path) !== undefined && !same(at(data, path), at(original, path))
    const kept = flags.filter((path) => !flaggedBefore.has(path) || !changed(path))
    if (kept.length !== flags.length || Array.isArray(data.sampleFields)) result.sampleFields = kept
    return result as T
  }
