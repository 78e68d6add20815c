import { dateProblem, KPI_VALUE_RANGE, numberProblem, textProblem, TEXT_MAX_LENGTH, type Bilingual, type NumberRange } from '@keikaku/content-schemas'
import { validations, type Block, type Field, type PayloadRequest } from 'payload'
import { say } from '../messages.ts'

/** Set on `req.context` before each save: whether it was asked to save a draft (`?draft=true`, `draft: true`). */
export const DRAFT_SAVE = 'keikakuDraftSave'

/**
 * A draft may be incomplete, but never wrong. An empty value passes while a draft is saved that is not submitted for
 * approval; everything else (types, ranges, formats, links) is checked on every save, draft or not. `data` is the
 * whole document as it will be saved (Payload merges the request into the stored document). Without the flag (the
 * admin's form state) the document's own status decides.
 */
export function incompleteAllowed(data: unknown, req?: Pick<PayloadRequest, 'context'>): boolean {
  const doc = (data ?? {}) as { _status?: unknown; workflow?: unknown }
  const flag = req?.context?.[DRAFT_SAVE]
  const draftSave = typeof flag === 'boolean' ? flag : doc._status === 'draft'
  return draftSave && doc._status === 'draft' && doc.workflow !== 'submitted'
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

const labelOf = (field: { name: string; label?: unknown }): Bilingual => {
  const label = field.label
  if (label && typeof label === 'object' && 'ja' in label) {
    const { ja, en } = label as Partial<Bilingual>
    return { ja: ja ?? field.name, en: en ?? ja ?? field.name }
  }
  return typeof label === 'string' ? { ja: label, en: label } : { ja: field.name, en: field.name }
}

/** The number range of a field: its own min and max, whole numbers where the admin steps by 1. */
const rangeOf = (field: { min?: number; max?: number; admin?: { step?: number } }): NumberRange => ({
  min: field.min ?? KPI_VALUE_RANGE.min,
  max: field.max ?? KPI_VALUE_RANGE.max,
  integer: field.admin?.step === 1,
})

type DataField = Extract<Field, { name: string }>

/** What is wrong with the shape of one non-empty value of a field, whatever the document's completeness. */
function shapeProblem(field: DataField, value: unknown): Bilingual | null {
  const label = labelOf(field)
  const each = (check: (v: unknown) => Bilingual | null) => {
    for (const v of 'hasMany' in field && field.hasMany && Array.isArray(value) ? value : [value]) {
      const problem = check(v)
      if (problem) return problem
    }
    return null
  }
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return each((v) => textProblem(v, label, ('maxLength' in field && field.maxLength) || TEXT_MAX_LENGTH))
    case 'number':
      return each((v) => numberProblem(v, label, rangeOf(field)))
    case 'date':
      return dateProblem(value, label)
    default:
      return null
  }
}

type AnyValidate = (value: unknown, options: unknown) => string | true | Promise<string | true>

const defaultValidate = (type: string): AnyValidate | undefined => (validations as unknown as Record<string, AnyValidate | undefined>)[type]

function withRules<F extends Field>(field: F): F {
  const nested = { ...field } as Field & { fields?: Field[]; blocks?: Block[]; tabs?: Array<{ fields: Field[] }> }
  if ('fields' in nested && Array.isArray(nested.fields)) nested.fields = applyFieldRules(nested.fields)
  if ('blocks' in nested && Array.isArray(nested.blocks)) {
    nested.blocks = nested.blocks.map((block) => ({ ...block, fields: applyFieldRules(block.fields) }))
  }
  if ('tabs' in nested && Array.isArray(nested.tabs)) {
    nested.tabs = nested.tabs.map((tab) => ({ ...tab, fields: applyFieldRules(tab.fields) }))
  }
  if (!('name' in nested) || ['group', 'tabs', 'row', 'collapsible', 'ui', 'join'].includes(nested.type)) return nested as F
  const dataField = nested as DataField
  const original = (('validate' in dataField ? dataField.validate : undefined) as AnyValidate | undefined) ?? defaultValidate(dataField.type)
  const validate = async (value: unknown, options: { req: PayloadRequest; data: unknown }) => {
    if (isEmpty(value)) return incompleteAllowed(options.data, options.req) ? true : original ? original(value, options) : true
    const problem = shapeProblem(dataField, value)
    if (problem) return say(options.req, problem)
    return original ? original(value, options) : true
  }
  return { ...dataField, validate } as F
}

/**
 * Adds the shared field rules to every data field: an object where text belongs, a number that is not finite or
 * outside the field's range, text over its length, an impossible date, each refused with the field's label; and
 * required fields may stay empty in a draft that is not submitted.
 */
export function applyFieldRules(fields: Field[]): Field[] {
  return fields.map(withRules)
}
