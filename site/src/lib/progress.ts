import {
  formatFiscalYear,
  formatFiscalYearEn,
  formatFiscalYearRange,
  gradeStep,
  planProgress,
  PROGRESS_GROUPING,
  verificationReport,
  verificationYears,
  type GradeScaleStep,
  type Kpi,
  type LocalizedText,
  type Plan,
  type PlanProgress,
} from '@keikaku/content-schemas'
import type { Locale } from './i18n.ts'
import { LIST_TITLES } from './kinds.ts'
import { href, type EntityKind } from './links.ts'
import { hasSampleFigures, type SiteIndex } from './site-index.ts'

/** 和暦 with the Western year in Japanese, "FY2019 (Reiwa 1)" in English. */
export const formatFY = (fiscalYear: number, locale: Locale) => (locale === 'ja' ? formatFiscalYear(fiscalYear) : formatFiscalYearEn(fiscalYear))
/** A plan period: 和暦 range in Japanese, "FY… – FY…" in English. */
export const formatFYRange = (start: number, end: number, locale: Locale) =>
  locale === 'ja' ? formatFiscalYearRange(start, end) : `${formatFiscalYearEn(start)} – ${formatFiscalYearEn(end)}`

export const progressPath = (planKey: string) => `plans/${planKey}/progress/`
export const verificationPath = (planKey: string, fiscalYear: number) => `plans/${planKey}/verification/${fiscalYear}/`
export const progressHref = (planKey: string, locale: Locale) => href(progressPath(planKey), locale)
export const verificationHref = (planKey: string, fiscalYear: number, locale: Locale) => href(verificationPath(planKey, fiscalYear), locale)

/** The page kind of a plan's progress groups: goals (総合計画) or basic goals (総合戦略). */
export const groupKind = (plan: Pick<Plan, 'kind'>): EntityKind => (PROGRESS_GROUPING[plan.kind] === 'goals' ? 'goals' : 'strategy-goals')
export const groupListTitle = (plan: Pick<Plan, 'kind'>) => LIST_TITLES[groupKind(plan)]

/** A group's title as the site names it (goal title, or strategy goal category and headline). */
export function groupTitle(index: SiteIndex, plan: Pick<Plan, 'kind'>, key: string): LocalizedText {
  if (groupKind(plan) === 'goals') return index.get('goals', key).title
  return index.get('strategy-goals', key).headline
}

const cache = new WeakMap<SiteIndex, Map<string, PlanProgress>>()

/** The progress of a plan per goal (computed once per build). */
export function progressOfPlan(index: SiteIndex, plan: Plan): PlanProgress {
  let perPlan = cache.get(index)
  if (!perPlan) cache.set(index, (perPlan = new Map()))
  let progress = perPlan.get(plan.key)
  if (!progress) {
    const groups = groupKind(plan) === 'goals' ? index.goalsOf(plan.key) : index.strategyGoalsOf(plan.key)
    progress = planProgress(
      plan,
      groups.map((g) => g.key),
      index.kpisSorted(),
    )
    perPlan.set(plan.key, progress)
  }
  return progress
}

/** Every (plan, fiscal year) with a council report. */
export function verificationReports(index: SiteIndex): Array<{ plan: Plan; fiscalYear: number }> {
  return index.plans.flatMap((plan) => verificationYears(plan.key, index.kpisSorted()).map((fiscalYear) => ({ plan, fiscalYear })))
}

export const reportRows = (index: SiteIndex, plan: Plan, fiscalYear: number) => verificationReport(plan, index.kpisSorted(), fiscalYear)

/** What a KPI's grade means: on the first of its plans whose scale defines it. */
export function gradeStepForKpi(index: SiteIndex, kpi: Kpi, grade: string): { plan: Plan; step: GradeScaleStep } | null {
  for (const key of kpi.plans) {
    const plan = index.get('plans', key)
    const step = gradeStep(plan, grade)
    if (step) return { plan, step }
  }
  return null
}

/**
 * Counts stand on sample figures wherever one of the counted KPIs' values is a sample: a record for <Sample> with
 * the field `counts` flagged then.
 */
export function countsSample(rated: ReadonlyArray<{ kpi: Kpi }>): { sampleFields: string[] } {
  const sample = rated.some(({ kpi }) => hasSampleFigures(kpi))
  return { sampleFields: sample ? ['counts'] : [] }
}
