import { collectionSchemas, COLLECTION_NAMES, isoDate, localizedText, references, type CollectionName } from '@keikaku/content-schemas'
import type { Field, FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { useCms } from './cms.ts'

const cms = useCms({ seeded: false })

type AnySchema = z.core.$ZodType

/**
 * Snapshot fields the exporter derives instead of reading a field of the same name (exportSnapshot.ts `prepare`).
 * Everything else in a snapshot record must come from a Payload field of that name.
 */
const DERIVED: Partial<Record<CollectionName, Record<string, string>>> = {
  pages: { bodyHtml: 'body (rich text) as HTML' },
  media: { kind: 'mimeType (image/… or a document)', path: 'filename' },
}

const def = (schema: AnySchema) => schema._zod.def as z.core.$ZodTypeDef & { format?: string; innerType?: AnySchema; entries?: Record<string, string> }

/** The schema under default/nullable/optional wrappers. */
function unwrap(schema: AnySchema): AnySchema {
  const d = def(schema)
  return ['default', 'nullable', 'optional', 'prefault'].includes(d.type) && d.innerType ? unwrap(d.innerType) : schema
}

const isDate = (schema: AnySchema) => schema === isoDate || ['date', 'datetime'].includes(def(schema).format ?? '')

/** Compares one Zod object shape with the Payload fields it is read from; returns the disagreements. */
function compare(shape: Record<string, AnySchema>, fields: FlattenedField[], where: string, derived: Record<string, string> = {}): string[] {
  return Object.entries(shape).flatMap(([name, wrapped]) => {
    const at = `${where}.${name}`
    if (derived[name]) return []
    const field = fields.find((f) => f.name === name)
    if (!field) return [`${at}: no Payload field of that name, and no documented derivation`]
    const schema = unwrap(wrapped)
    const d = def(schema)
    if (isDate(schema)) return field.type === 'date' ? [] : [`${at}: a date in the snapshot, a ${field.type} field in Payload`]
    if (d.type === 'enum') {
      if (field.type !== 'select' && field.type !== 'radio') return [`${at}: an enum in the snapshot, a ${field.type} field in Payload`]
      const values = field.options.map((o) => (typeof o === 'string' ? o : o.value)).sort()
      const expected = Object.values(d.entries ?? {}).sort()
      return JSON.stringify(values) === JSON.stringify(expected) ? [] : [`${at}: Payload offers ${values.join('|')}, the schema allows ${expected.join('|')}`]
    }
    if (d.type === 'object' && schema !== localizedText) {
      if (!('flattenedFields' in field)) return [`${at}: an object in the snapshot, a ${field.type} field in Payload`]
      return compare((schema as z.ZodObject).shape as Record<string, AnySchema>, field.flattenedFields, at)
    }
    if (d.type === 'array') {
      const element = unwrap((schema as z.ZodArray).element as AnySchema)
      if (def(element).type === 'object' && element !== localizedText) {
        if (field.type !== 'array') return [`${at}: a list of records in the snapshot, a ${field.type} field in Payload`]
        return compare((element as z.ZodObject).shape as Record<string, AnySchema>, field.flattenedFields, `${at}[]`)
      }
    }
    return []
  })
}

/** The Payload field at a reference path of content-schemas (`verifications[].body`, `plans[]`). */
function fieldAt(fields: FlattenedField[], refPath: string): FlattenedField | undefined {
  const [head, ...rest] = refPath.replace(/\[\]/g, '').split('.')
  const field = fields.find((f) => f.name === head)
  if (!field || rest.length === 0) return field
  return 'flattenedFields' in field ? fieldAt(field.flattenedFields, rest.join('.')) : undefined
}

const fieldsOf = (name: CollectionName) => cms.payload.collections[name].config.flattenedFields

describe('content-schemas ↔ Payload collections (the contract the exporter relies on)', () => {
  it.each(COLLECTION_NAMES)('%s: every snapshot field has a source; select options and dates agree', (name) => {
    const shape = (collectionSchemas[name] as unknown as z.ZodObject).shape as Record<string, AnySchema>
    expect(compare(shape, fieldsOf(name), name, DERIVED[name])).toEqual([])
  })

  it.each(COLLECTION_NAMES.filter((name) => references[name]))('%s: every link points at the collection the schema names', (name) => {
    const problems = Object.entries(references[name]!).flatMap(([refPath, target]) => {
      const field = fieldAt(fieldsOf(name), refPath)
      if (!field) return [`${name}.${refPath}: no Payload field`]
      if (field.type !== 'relationship' && field.type !== 'upload') return [`${name}.${refPath}: a ${field.type} field, not a link`]
      const hasMany = refPath.endsWith('[]')
      if (Boolean('hasMany' in field && field.hasMany) !== hasMany) return [`${name}.${refPath}: hasMany is ${'hasMany' in field ? field.hasMany : false}`]
      return field.relationTo === target ? [] : [`${name}.${refPath}: Payload links to ${String(field.relationTo)}, the schema to ${target}`]
    })
    expect(problems).toEqual([])
  })

  it('the check itself finds a missing source (also in a list), a wrong option list and a non-date', () => {
    const schema = collectionSchemas.kpis as unknown as z.ZodObject
    const fields = fieldsOf('kpis')
    const shape = schema.shape as Record<string, AnySchema>
    const broken: FlattenedField[] = fields
      .filter((f) => f.name !== 'unit')
      .map((f) => (f.name === 'kind' && f.type === 'select' ? { ...f, options: [...f.options, 'extra'] } : f))
      .map((f) => (f.name === 'updatedAt' ? ({ ...f, type: 'text' } as Field as FlattenedField) : f))
      .map((f) => (f.name === 'actuals' && f.type === 'array' ? { ...f, flattenedFields: f.flattenedFields.filter((n) => n.name !== 'status') } : f))
    const problems = compare(shape, broken, 'kpis')
    expect(problems).toHaveLength(4)
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^kpis\.unit: no Payload field/),
        expect.stringMatching(/^kpis\.kind: Payload offers .*extra/),
        expect.stringMatching(/^kpis\.updatedAt: a date in the snapshot, a text field/),
        expect.stringMatching(/^kpis\.actuals\[\]\.status: no Payload field/),
      ]),
    )
  })
})
