import type { CheckboxField, Field, SelectField } from 'payload'
import type { Label } from '@keikaku/content-schemas/common'

/** A field (or a field inside a group, like `vision.text`) that is flagged as a whole in `sampleFields`. */
export interface SamplePath {
  path: string
  label: Label
}

/** Which values of a document can be flagged as samples, derived from its fields: one definition for admin and hook. */
export interface SampleSpec {
  paths: SamplePath[]
  /** Arrays whose rows carry their own `sample` checkbox, each with the spec of its rows' own nested arrays. */
  rowArrays: Array<{ name: string; spec: SampleSpec }>
}

/** Bookkeeping, not content: never a sample. */
const NOT_CONTENT = new Set(['key', 'formerKeys', 'order', 'workflow', 'sampleFields', 'createdBy', 'updatedBy', 'approvedBy', 'sample'])

const SAMPLE = 'sample'

/** The checkbox on a row that is a value of its own (a KPI actual, a verification, a budget year). */
export const sampleRowField: CheckboxField = {
  name: SAMPLE,
  type: 'checkbox',
  label: { ja: 'サンプル（市の数値・文言ではない）', en: 'Sample (not the city’s own)' },
  defaultValue: false,
  admin: {
    description: {
      ja: 'サイトとオープンデータに「サンプル」と表示されます。この行を編集して保存すると外れます。',
      en: 'Labelled "Sample" on the site and in the open data; cleared when this row is edited and saved.',
    },
  },
}

const labelOf = (field: Field): Label => {
  const label = 'label' in field ? (field.label as unknown) : undefined
  if (label && typeof label === 'object' && 'ja' in label) {
    const { ja, en } = label as { ja: string; en?: string }
    return { ja, en: en ?? ja }
  }
  const text = typeof label === 'string' ? label : 'name' in field ? field.name : ''
  return { ja: text, en: text }
}

/** Named fields, looking through unnamed layout fields (row, collapsible, unnamed tabs). */
function namedFields(fields: Field[]): Field[] {
  return fields.flatMap((f) => {
    if (f.type === 'tabs') return f.tabs.flatMap((t) => ('name' in t && t.name ? [{ ...t, type: 'group' } as Field] : namedFields(t.fields)))
    if ('name' in f) return [f]
    return 'fields' in f ? namedFields(f.fields) : []
  })
}

const hasRowFlag = (f: Field) => f.type === 'array' && namedFields(f.fields).some((c) => 'name' in c && c.name === SAMPLE && c.type === 'checkbox')

/** The sample spec of a list of fields (a collection's, or an array row's). */
export function sampleSpec(fields: Field[], prefix: SamplePath | null = null): SampleSpec {
  const spec: SampleSpec = { paths: [], rowArrays: [] }
  for (const f of namedFields(fields)) {
    if (!('name' in f) || NOT_CONTENT.has(f.name) || f.type === 'ui' || f.type === 'join') continue
    if (f.hidden || f.admin?.hidden || f.admin?.position === 'sidebar') continue
    if (hasRowFlag(f) && 'fields' in f) {
      if (!prefix) spec.rowArrays.push({ name: f.name, spec: sampleSpec(f.fields) })
      continue
    }
    const own = labelOf(f)
    const entry: SamplePath = prefix
      ? { path: `${prefix.path}.${f.name}`, label: { ja: `${prefix.label.ja} › ${own.ja}`, en: `${prefix.label.en} › ${own.en}` } }
      : { path: f.name, label: own }
    spec.paths.push(entry)
    // A group is a value as a whole (基準値) and each of its fields is one too (将来像 › 説明).
    if (f.type === 'group') spec.paths.push(...sampleSpec(f.fields, entry).paths)
  }
  return spec
}

/** The paths of `sampleFields` are chosen from the document's own fields, shown by their labels. */
export const sampleFieldsField = (fields: Field[], extra: SamplePath[] = []): SelectField => ({
  name: 'sampleFields',
  type: 'select',
  hasMany: true,
  label: { ja: 'サンプル項目', en: 'Sample fields' },
  options: [...sampleSpec(fields).paths, ...extra].map(({ path, label }) => ({ value: path, label })),
  admin: {
    position: 'sidebar',
    description: {
      ja: '市の正式な文言・数値ではない項目。サイトに「サンプル」と表示されます。その項目を編集して保存すると外れます。',
      en: 'Fields whose content is a sample, not the city’s own; the site labels them "Sample". Editing a field clears its flag.',
    },
  },
})
