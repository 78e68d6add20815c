import { validations, type NumberFieldSingleValidation } from 'payload'
import { say } from '../../messages.ts'

/** The last fiscal year may not come before the first (siblings: the plan itself or one of its editions). */
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
