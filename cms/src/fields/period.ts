import { validations, type Field, type NumberFieldSingleValidation } from 'payload'
import { say } from '../messages.ts'
import { fiscalYearField } from './localized.ts'
import type { Label } from '@keikaku/content-schemas/common'

/** The last fiscal year may not come before the first (siblings: a plan, an edition or an implementation plan). */
export const validateEndAfterStart: NumberFieldSingleValidation = (value, options) => {
  const base = validations.number(value, options)
  if (base !== true) return base
  const start = (options.siblingData as { startFY?: number }).startFY
  if (typeof value === 'number' && typeof start === 'number' && value < start) {
    return say(options.req, {
      ja: `終了年度（${value}年度）が開始年度（${start}年度）より前です。`,
      en: `Last fiscal year ${value} is before the first fiscal year ${start}.`,
    })
  }
  return true
}

/** First and last fiscal year side by side (`startFY`, `endFY`). */
export const periodRow = (start: Label = { ja: '開始年度', en: 'First fiscal year' }, end: Label = { ja: '終了年度', en: 'Last fiscal year' }): Field => ({
  type: 'row',
  fields: [fiscalYearField('startFY', start), fiscalYearField('endFY', end, { validate: validateEndAfterStart })],
})
