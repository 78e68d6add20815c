import { z } from 'zod'
import { fiscalYear, isoDate, key, localizedText, optionalLocalizedText, recordBase } from './common.ts'

export const KPI_DIRECTIONS = ['higher', 'lower'] as const
export type KpiDirection = (typeof KPI_DIRECTIONS)[number]
export const KPI_KINDS = ['numeric-target', 'kpi'] as const
export const ACTUAL_STATUSES = ['preliminary', 'final'] as const
export const VERIFICATION_GRADES = ['A', 'B', 'C', 'D'] as const

const yearValue = z.strictObject({ fiscalYear, value: z.number() })

export const kpiActual = z.strictObject({
  fiscalYear,
  value: z.number(),
  /** 速報値 (preliminary) or 確定値 (final). */
  status: z.enum(ACTUAL_STATUSES),
  note: optionalLocalizedText,
  source: optionalLocalizedText,
})
export type KpiActual = z.infer<typeof kpiActual>

/** The expert council's yearly verification: a grade and a comment, apart from the computed rating. */
export const kpiVerification = z.strictObject({
  fiscalYear,
  grade: z.enum(VERIFICATION_GRADES),
  comment: localizedText,
  /** The body that verified it (e.g. まち・ひと・しごと創生有識者会議) and the meeting, if recorded. */
  body: key,
  meeting: key.nullable(),
})
export type KpiVerification = z.infer<typeof kpiVerification>

/** A key performance indicator or 数値目標, linkable to any element of one or more plans. */
export const kpi = recordBase.extend({
  kind: z.enum(KPI_KINDS),
  name: localizedText,
  definition: optionalLocalizedText,
  /** e.g. 人, %, 件 */
  unit: localizedText,
  direction: z.enum(KPI_DIRECTIONS),
  baseline: yearValue,
  target: yearValue,
  actuals: z.array(kpiActual),
  verifications: z.array(kpiVerification),
  department: localizedText,
  plans: z.array(key).min(1),
  goals: z.array(key),
  priorityProjects: z.array(key),
  strategyGoals: z.array(key),
  planItems: z.array(key),
  order: z.int(),
})
export type Kpi = z.infer<typeof kpi>

export { isoDate }
