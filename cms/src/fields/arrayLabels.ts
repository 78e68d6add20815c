import type { Field } from 'payload'

/**
 * Payload names array rows and their add button from `labels` and falls back to English ("Part 01", "Part を追加"):
 * every array without its own `labels` gets its field label for both, so rows read 資料 01 and 資料 を追加.
 */
export function withArrayRowLabels(fields: Field[]): Field[] {
  return fields.map((field) => {
    if ('fields' in field && Array.isArray(field.fields)) {
      const inner = { ...field, fields: withArrayRowLabels(field.fields) } as Field
      if (field.type === 'array' && !field.labels && field.label && typeof field.label !== 'function') {
        return { ...inner, labels: { singular: field.label, plural: field.label } } as Field
      }
      return inner
    }
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withArrayRowLabels(tab.fields) })) }
    }
    return field
  })
}
