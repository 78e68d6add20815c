import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { fieldPath } from '../src/preview/problemsPage.ts'

const fields: Field[] = [
  { name: 'name', type: 'text', label: { ja: '指標名', en: 'Name' } },
  {
    name: 'actuals',
    type: 'array',
    label: { ja: '実績値', en: 'Actuals' },
    fields: [{ type: 'row', fields: [{ name: 'value', type: 'number', label: { ja: '値', en: 'Value' } }] }],
  },
]

describe('an incomplete draft’s preview names fields by their labels', () => {
  it('turns snapshot paths into labels, rows and languages', () => {
    expect(fieldPath(fields, 'name.ja', 'ja')).toBe('指標名（日本語）')
    expect(fieldPath(fields, 'actuals[4].value', 'ja')).toBe('実績値 5行目 › 値')
    expect(fieldPath(fields, 'actuals[0].value', 'en')).toBe('Actuals row 1 › Value')
    expect(fieldPath(fields, 'unknown.part', 'ja')).toBe('unknown › part')
  })
})
