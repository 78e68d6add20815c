import type { Kpi, KpiActual } from './kpi.ts'
import type { Label } from './common.ts'

export const RATINGS = ['achieved', 'on-track', 'behind', 'unmeasured'] as const
export type Rating = (typeof RATINGS)[number]

export const RATING_LABELS: Record<Rating, Label> = {
  achieved: { ja: '達成', en: 'Achieved' },
  'on-track': { ja: '順調', en: 'On track' },
  behind: { ja: '遅れ', en: 'Behind' },
  unmeasured: { ja: '未測定', en: 'Not measured' },
}

/** The rule, as shown on every KPI page. */
export const RATING_RULE = {
  ja:
    '進捗率 =（実績値 − 基準値）÷（目標値 − 基準値）。低いほど良い指標も同じ式で、減った分を進捗として数えます。' +
    '進捗率が100%以上なら「達成」、計画期間の経過割合（基準年度から最新実績年度まで ÷ 基準年度から目標年度まで）以上なら「順調」、' +
    '下回れば「遅れ」、実績がなければ「未測定」とします。',
  en:
    'Progress = (actual − baseline) ÷ (target − baseline); for lower-is-better indicators the same formula counts a fall as progress. ' +
    '≥ 100 % is "Achieved"; at or above the share of the period elapsed (baseline year to latest actual ÷ baseline year to target year) is "On track"; ' +
    'below it is "Behind"; without an actual, "Not measured".',
}

export interface KpiStatus {
  rating: Rating
  /** Share of the way from baseline to target, 1 = target reached; null when unmeasured. */
  progress: number | null
  /** Share of the period elapsed at the latest actual. */
  elapsed: number | null
  latest: KpiActual | null
}

type RatedKpi = Pick<Kpi, 'baseline' | 'target' | 'direction' | 'actuals'>

export function latestActual(actuals: KpiActual[]): KpiActual | null {
  return actuals.reduce<KpiActual | null>((latest, a) => (!latest || a.fiscalYear > latest.fiscalYear ? a : latest), null)
}

/** Rates a KPI by the default rule (see RATING_RULE), at its latest actual. */
export function rateKpi(kpi: RatedKpi): KpiStatus {
  return rateActual(kpi, latestActual(kpi.actuals))
}

/**
 * Rates a KPI as it stood at the end of a fiscal year: by its latest actual up to that year, so that a year's
 * report and the progress page "as of" a year use the same figure the city had then.
 */
export function rateKpiAt(kpi: RatedKpi, fiscalYear: number): KpiStatus {
  return rateActual(kpi, latestActual(kpi.actuals.filter((a) => a.fiscalYear <= fiscalYear)))
}

/** The rating at each year's actual, oldest first: the KPI's history, not only its latest state. */
export function ratingsByYear(kpi: RatedKpi): KpiStatus[] {
  return [...kpi.actuals].sort((a, b) => a.fiscalYear - b.fiscalYear).map((a) => rateActual(kpi, a))
}

function rateActual({ baseline, target, direction }: RatedKpi, latest: KpiActual | null): KpiStatus {
  if (!latest) return { rating: 'unmeasured', progress: null, elapsed: null, latest: null }

  const span = target.fiscalYear - baseline.fiscalYear
  const elapsed = span > 0 ? Math.min(1, Math.max(0, (latest.fiscalYear - baseline.fiscalYear) / span)) : 1
  const gap = target.value - baseline.value
  // A target equal to the baseline means "keep it": reached when the actual is on the right side of it.
  const progress =
    gap === 0 ? ((direction === 'higher' ? latest.value >= target.value : latest.value <= target.value) ? 1 : 0) : (latest.value - baseline.value) / gap

  const rating: Rating = progress >= 1 ? 'achieved' : progress >= elapsed ? 'on-track' : 'behind'
  return { rating, progress, elapsed, latest }
}
