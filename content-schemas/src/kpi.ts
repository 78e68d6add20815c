import { z } from 'zod'
import { fiscalYear, isoDate, key, kpiValue, localizedText, optionalLocalizedText, recordBase, sampleFlag } from './common.ts'
import type { Label } from './common.ts'

export const KPI_DIRECTIONS = ['higher', 'lower'] as const
export type KpiDirection = (typeof KPI_DIRECTIONS)[number]
export const KPI_KINDS = ['numeric-target', 'kpi'] as const
export const ACTUAL_STATUSES = ['preliminary', 'final'] as const
export const VERIFICATION_GRADES = ['A', 'B', 'C', 'D'] as const

type Labels<K extends string> = Record<K, Label>

/** What the kinds, directions and statuses are called, in the admin and on the site. */
export const KPI_KIND_LABELS: Labels<(typeof KPI_KINDS)[number]> = {
  'numeric-target': { ja: '数値目標', en: 'Numeric target' },
  kpi: { ja: '重要業績評価指標（KPI）', en: 'Key performance indicator' },
}
export const KPI_DIRECTION_LABELS: Labels<KpiDirection> = {
  higher: { ja: '高いほど良い', en: 'Higher is better' },
  lower: { ja: '低いほど良い', en: 'Lower is better' },
}
export const ACTUAL_STATUS_LABELS: Labels<(typeof ACTUAL_STATUSES)[number]> = {
  preliminary: { ja: '速報値', en: 'Preliminary' },
  final: { ja: '確定値', en: 'Final' },
}

const yearValue = z.strictObject({ fiscalYear, value: kpiValue })

export const kpiActual = z.strictObject({
  fiscalYear,
  value: kpiValue,
  /** 速報値 (preliminary) or 確定値 (final). */
  status: z.enum(ACTUAL_STATUSES),
  note: optionalLocalizedText,
  source: optionalLocalizedText,
  sample: sampleFlag,
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
  sample: sampleFlag,
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
