import type { SelectField } from 'payload'
import type { Label } from '@keikaku/content-schemas/common'

type SelectOverrides = Partial<Omit<SelectField, 'name' | 'type' | 'label' | 'options'>>

/**
 * A select whose options are one const list (the same list the content-schemas enum is made from) and whose labels
 * come from one label record; without labels, the value is its own label (grades A–D).
 */
export function selectField<V extends string>(
  name: string,
  label: Label,
  values: readonly V[],
  labels: Record<V, Label> | null,
  overrides: SelectOverrides = {},
): SelectField {
  return {
    ...overrides,
    name,
    type: 'select',
    label,
    options: values.map((value) => ({ value, label: labels ? labels[value] : value })),
  } as SelectField
}

/** The values of a label record, in its order: for selects whose only list is their labels (CMS-internal states). */
export const keysOf = <V extends string>(labels: Record<V, Label>): V[] => Object.keys(labels) as V[]
