import { createHash } from 'node:crypto'
import type { CollectionName, LocalizedText } from '@keikaku/content-schemas'
import { DATE_FIELDS, referenceTarget } from './paths.ts'

export type Locale = 'ja' | 'en'
export type IdOf = (collection: CollectionName, key: string) => string | number

const isLocalizedText = (value: unknown): value is LocalizedText =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).sort().join() === 'en,ja'

/** Array rows get stable ids, so that the English pass updates the same rows the Japanese pass created. */
const rowId = (...parts: Array<string | number>) => createHash('sha1').update(parts.join('/')).digest('hex').slice(0, 24)

/**
 * A snapshot-shaped record as Payload document data for one locale: {ja, en} pairs become that locale's string,
 * lists of texts become rows of `{ text }`, keys become ids, calendar dates become midnight in Japan.
 * An English value that is not written yet, and any null, is left out, so the field stays empty.
 */
export function toDocument(
  collection: CollectionName | null,
  record: Record<string, unknown>,
  locale: Locale,
  idOf: IdOf,
): Record<string, unknown> {
  const walk = (value: unknown, path: Array<string | number>): unknown => {
    const target = collection && referenceTarget(collection, path)
    if (target && typeof value === 'string') return idOf(target, value)
    if (isLocalizedText(value)) return value[locale] ?? undefined
    if (Array.isArray(value)) {
      return value.map((item, i) => {
        const row = isLocalizedText(item) ? { text: item } : item
        const converted = walk(row, [...path, i])
        return typeof converted === 'object' && converted !== null && !Array.isArray(converted)
          ? { id: rowId(collection ?? 'global', String(record.key), ...path, i), ...converted }
          : converted
      })
    }
    if (typeof value === 'object' && value !== null) {
      // Absent values are left out: Payload keeps a group like 将来像 as an object, never null.
      return Object.fromEntries(
        Object.entries(value)
          .filter(([, v]) => v !== null)
          .map(([k, v]) => [k, walk(v, [...path, k])]),
      )
    }
    return value
  }
  const data = walk(record, []) as Record<string, unknown>
  for (const field of (collection && DATE_FIELDS[collection]) || []) {
    if (typeof record[field] === 'string') data[field] = `${record[field]}T00:00:00.000+09:00`
  }
  return data
}
