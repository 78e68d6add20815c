import type { Kpi, KpiActual, KpiVerification } from './kpi.ts'
import type { GradeScaleStep, Plan, PlanKind } from './plan.ts'
import { RATINGS, rateKpiAt, type KpiStatus, type Rating } from './kpi-rating.ts'

/** How many KPIs have each rating, and how many in all. */
export type RatingCounts = Record<Rating, number> & { total: number }

export interface RatedKpi {
  kpi: Kpi
  status: KpiStatus
}

/** The KPIs of one goal (総合計画) or basic goal (総合戦略), rated; `key` null gathers the plan's other KPIs. */
export interface ProgressGroup {
  key: string | null
  kpis: RatedKpi[]
  counts: RatingCounts
}

export interface PlanProgress {
  plan: string
  /** The fiscal year the ratings stand at: the latest year with an actual among the plan's KPIs. */
  asOf: number | null
  groups: ProgressGroup[]
  /** Every KPI of the plan once, however many goals it serves. */
  total: { kpis: RatedKpi[]; counts: RatingCounts }
}

/** Which KPI links group a plan's KPIs on its progress page. */
export const PROGRESS_GROUPING: Record<PlanKind, 'goals' | 'strategyGoals'> = {
  comprehensive: 'goals',
  strategy: 'strategyGoals',
}

/** How the counts are made, as shown next to them (the computation below follows it). */
export const ROLL_UP_RULE = {
  ja:
    '各指標を、進捗の基準年度（計画の指標のうち最新の実績がある年度）までの最新の実績値で評価し、目標ごとに件数を数えます。' +
    '複数の目標に関わる指標はそれぞれの目標で数え、計画全体の合計では1件として数えます。',
  en:
    'Each indicator is rated by its latest actual up to the fiscal year shown (the latest year with an actual among the plan’s indicators), and counted per goal. ' +
    'An indicator serving several goals counts under each of them, and once in the plan’s total.',
}

export function countRatings(statuses: ReadonlyArray<{ rating: Rating }>): RatingCounts {
  const counts = Object.fromEntries(RATINGS.map((r) => [r, 0])) as Record<Rating, number>
  for (const s of statuses) counts[s.rating] += 1
  return { ...counts, total: statuses.length }
}

export function kpisOfPlan(planKey: string, kpis: readonly Kpi[]): Kpi[] {
  return kpis.filter((k) => k.plans.includes(planKey))
}

/** The latest fiscal year with an actual among the KPIs, or null when none is measured. */
export function progressAsOf(kpis: readonly Kpi[]): number | null {
  let latest: number | null = null
  for (const k of kpis) for (const a of k.actuals) if (latest === null || a.fiscalYear > latest) latest = a.fiscalYear
  return latest
}

/**
 * The progress of a plan per goal and in total. `groupKeys` are the plan's goals (総合計画) or basic goals
 * (総合戦略) in display order; KPIs of the plan linked to none of them form a last group with key null.
 */
export function planProgress(
  plan: Pick<Plan, 'key' | 'kind'>,
  groupKeys: readonly string[],
  allKpis: readonly Kpi[],
  asOf: number | null = progressAsOf(kpisOfPlan(plan.key, allKpis)),
): PlanProgress {
  const field = PROGRESS_GROUPING[plan.kind]
  const rated: RatedKpi[] = kpisOfPlan(plan.key, allKpis).map((kpi) => ({
    kpi,
    status: asOf === null ? rateKpiAt(kpi, -Infinity) : rateKpiAt(kpi, asOf),
  }))
  const group = (key: string | null, kpis: RatedKpi[]): ProgressGroup => ({ key, kpis, counts: countRatings(kpis.map((r) => r.status)) })
  const known = new Set(groupKeys)
  const groups = groupKeys.map((key) =>
    group(
      key,
      rated.filter((r) => r.kpi[field].includes(key)),
    ),
  )
  const others = rated.filter((r) => !r.kpi[field].some((k) => known.has(k)))
  if (others.length > 0) groups.push(group(null, others))
  return { plan: plan.key, asOf, groups, total: { kpis: rated, counts: countRatings(rated.map((r) => r.status)) } }
}

/** A plan's grading scale in its order. */
export function sortedGradeScale(plan: Pick<Plan, 'gradeScale'>): GradeScaleStep[] {
  return [...plan.gradeScale].sort((a, b) => a.order - b.order)
}

/** What a grade means on a plan's scale, or null when the plan does not define it. */
export function gradeStep(plan: Pick<Plan, 'gradeScale'>, grade: string): GradeScaleStep | null {
  return plan.gradeScale.find((s) => s.grade === grade) ?? null
}

/** The fiscal years in which at least one of the plan's KPIs was verified, oldest first. */
export function verificationYears(planKey: string, kpis: readonly Kpi[]): number[] {
  const years = new Set(kpisOfPlan(planKey, kpis).flatMap((k) => k.verifications.map((v) => v.fiscalYear)))
  return [...years].sort((a, b) => a - b)
}

/** One line of the council's yearly report. */
export interface VerificationReportRow {
  kpi: Kpi
  /** The actual of the verified year itself, if reported. */
  actual: KpiActual | null
  /** The computed rating as the KPI stood at the end of that year. */
  status: KpiStatus
  verification: KpiVerification
  /** The grade's step on the plan's scale (its label and meaning), null if the scale lacks it. */
  step: GradeScaleStep | null
}

/** The council's report for a plan and fiscal year: each of the plan's KPIs verified that year, in the given order. */
export function verificationReport(plan: Pick<Plan, 'key' | 'gradeScale'>, kpis: readonly Kpi[], fiscalYear: number): VerificationReportRow[] {
  return kpisOfPlan(plan.key, kpis).flatMap((kpi) => {
    const verification = kpi.verifications.find((v) => v.fiscalYear === fiscalYear)
    if (!verification) return []
    return [
      {
        kpi,
        actual: kpi.actuals.find((a) => a.fiscalYear === fiscalYear) ?? null,
        status: rateKpiAt(kpi, fiscalYear),
        verification,
        step: gradeStep(plan, verification.grade),
      },
    ]
  })
}

/** The verdicts given at a meeting, in the given KPI order. */
export function verificationsAtMeeting(meetingKey: string, kpis: readonly Kpi[]): Array<{ kpi: Kpi; verification: KpiVerification }> {
  return kpis.flatMap((kpi) => kpi.verifications.filter((v) => v.meeting === meetingKey).map((verification) => ({ kpi, verification })))
}
