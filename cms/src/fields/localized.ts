import { FISCAL_YEAR_RANGE, ORDER_RANGE } from '@keikaku/content-schemas'
import type { Field, PayloadRequest, TextareaField, TextField } from 'payload'
import { say } from '../messages.ts'
import type { Label } from '@keikaku/content-schemas/common'

/**
 * Required in Japanese only: the English reference translation may be partial, and the site says what is
 * untranslated. (Payload's own `required` would refuse saving English until every field is translated.)
 */
const requiredInJapanese =
  (label: Label) =>
  (value: unknown, { req }: { req: PayloadRequest }) =>
    req.locale === 'en' || (typeof value === 'string' && value.trim() !== '')
      ? true
      : say(req, { ja: `「${label.ja}」は必須です。`, en: `"${label.en}" is required.` })

function localized<F extends TextField | TextareaField>(field: F): F {
  if (!field.required) return field
  return {
    ...field,
    required: false,
    validate: requiredInJapanese(field.label as Label),
    admin: { ...field.admin, description: field.admin?.description ?? { ja: '必須（日本語）', en: 'Required (Japanese)' } },
  }
}

/** A localized one-line text (ja is the default locale; en is the reference translation). */
export const text = (name: string, label: Label, overrides: Partial<TextField> = {}): TextField =>
  localized({ name, type: 'text', label, localized: true, ...overrides } as TextField)

/** A localized paragraph. */
export const textarea = (name: string, label: Label, overrides: Partial<TextareaField> = {}): TextareaField =>
  localized({ name, type: 'textarea', label, localized: true, ...overrides } as TextareaField)

/** A list of localized lines (e.g. 内容, 議題): rows of `{ text }`. */
export const textList = (name: string, label: Label, rowLabel: Label): Field => ({
  name,
  type: 'array',
  label,
  labels: { singular: rowLabel, plural: label },
  fields: [textarea('text', rowLabel, { required: true })],
})

export const orderField: Field = {
  name: 'order',
  type: 'number',
  label: { ja: '表示順', en: 'Order' },
  required: true,
  defaultValue: 1,
  min: ORDER_RANGE.min,
  max: ORDER_RANGE.max,
  admin: { position: 'sidebar', step: 1 },
}

export const fiscalYearField = (name: string, label: Label, overrides: Record<string, unknown> = {}): Field =>
  ({
    name,
    type: 'number',
    label,
    required: true,
    min: FISCAL_YEAR_RANGE.min,
    max: FISCAL_YEAR_RANGE.max,
    admin: {
      step: 1,
      description: { ja: '西暦の年度（例: 2015 = 平成27年度）', en: 'Western fiscal year (e.g. 2015)' },
      components: { afterInput: ['/components/FiscalYearEra.tsx#FiscalYearEra'] },
    },
    ...overrides,
  }) as Field
