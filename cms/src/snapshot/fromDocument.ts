import {
  collectionSchemas,
  easyText,
  isoDate,
  keyProblem,
  localizedText,
  toTokyoDate,
  type CollectionName,
} from '@keikaku/content-schemas'
import type { z } from 'zod'
import { referenceTarget } from './paths.ts'

export type KeyOf = (collection: CollectionName, id: unknown) => string | null

type AnySchema = z.core.$ZodType

const defType = (schema: AnySchema) => schema._zod.def.type

const emptyText = (v: unknown) => v === undefined || v === null || v === ''

/** A Payload localized value read with `locale: 'all'` ({ ja, en }) as snapshot text; empty English is null. */
function toLocalizedText(value: unknown): { ja: string; en: string | null } | null {
  const v = (value ?? {}) as { ja?: string | null; en?: string | null }
  if (emptyText(v.ja) && emptyText(v.en)) return null
  return { ja: v.ja ?? '', en: emptyText(v.en) ? null : (v.en as string) }
}

/**
 * A Payload document (read with `locale: 'all'`, depth 0) as a snapshot record, walking the collection's schema:
 * only the schema's fields are taken, ids become keys, rows of `{ text }` become texts, dates become Japan dates.
 * The result is validated afterwards, so anything missing surfaces as a named field error.
 */
export function fromDocument(collection: CollectionName, doc: Record<string, unknown>, keyOf: KeyOf): unknown {
  const record = fromDocumentWith(collectionSchemas[collection] as AnySchema, collection, doc, keyOf) as { formerKeys?: unknown }
  // A former key is only a redirect: one that is not a valid key (saved before keys were checked) is left out
  // rather than failing every publish.
  if (Array.isArray(record?.formerKeys)) record.formerKeys = record.formerKeys.filter((k) => keyProblem(k) === null)
  return record
}

/** The same walk for any schema (e.g. the site-settings global); `collection` tells which paths are references. */
export function fromDocumentWith(
  rootSchema: AnySchema,
  collection: CollectionName | null,
  doc: Record<string, unknown>,
  keyOf: KeyOf,
): unknown {
  const walk = (schema: AnySchema, value: unknown, path: Array<string | number>): unknown => {
    const target = collection && referenceTarget(collection, path)
    if (target) return value === null || value === undefined ? null : (keyOf(target, value) ?? `deleted-${String(value)}`)
    if (schema === localizedText) return toLocalizedText(value)
    if (schema === easyText) return emptyText(value) ? null : value
    if (schema === isoDate) return typeof value === 'string' ? toTokyoDate(value) : value
    switch (defType(schema)) {
      case 'default':
        return walk((schema as z.ZodDefault).unwrap() as AnySchema, value, path)
      case 'nullable': {
        const inner = (schema as z.ZodNullable).unwrap() as AnySchema
        if (inner === localizedText) return toLocalizedText(value)
        if (value === undefined || value === null) return null
        const walked = walk(inner, value, path)
        // A group whose fields are all empty (e.g. no 将来像) is absent.
        const allEmpty =
          typeof walked === 'object' && walked !== null && !Array.isArray(walked) && Object.values(walked).every((v) => v === null)
        return allEmpty ? null : walked
      }
      case 'object': {
        const shape = (schema as z.ZodObject).shape as Record<string, AnySchema>
        const source = (value ?? {}) as Record<string, unknown>
        return Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, walk(s, source[k], [...path, k])]))
      }
      case 'array': {
        const element = (schema as z.ZodArray).element as AnySchema
        const rows = Array.isArray(value) ? value : []
        return rows.map((row, i) =>
          element === localizedText ? toLocalizedText((row as { text?: unknown }).text) : walk(element, row, [...path, i]),
        )
      }
      default:
        return value === undefined ? null : value
    }
  }
  return walk(rootSchema, doc, [])
}
