import { stringify } from 'csv-stringify/sync'
import { RATING_LABELS, RATING_RULE, RATINGS, ROLL_UP_RULE, type Plan, type PlanProgress } from '@keikaku/content-schemas'
import { groupKind, groupTitle, progressOfPlan, reportRows, verificationReports } from './progress.ts'
import { hasSampleFigures, isSample, type SiteIndex } from './site-index.ts'

/** Columns of the progress CSV (long: one row per plan × goal × rating). */
export const PROGRESS_CSV_COLUMNS = [
  'municipality_code',
  'plan_key',
  'as_of_fiscal_year',
  'group_kind',
  'group_key',
  'group_name_ja',
  'group_name_en',
  'rating',
  'rating_ja',
  'count',
  'kpi_keys',
  'sample',
] as const

/** Columns of the verifications CSV (one row per plan × fiscal year × verified KPI). */
export const VERIFICATION_CSV_COLUMNS = [
  'municipality_code',
  'plan_key',
  'fiscal_year',
  'kpi_key',
  'kpi_name_ja',
  'kpi_name_en',
  'actual_value',
  'unit_ja',
  'actual_status',
  'computed_rating',
  'progress',
  'grade',
  'grade_label_ja',
  'grade_meaning_ja',
  'comment_ja',
  'comment_en',
  'body_key',
  'meeting_key',
  'sample',
] as const

type Row<C extends readonly string[]> = Record<C[number], string | number>
const bool = (value: boolean) => (value ? 'true' : 'false')

/** RFC 4180 with CRLF and a UTF-8 BOM, like the KPI CSV, so that Excel opens Japanese text correctly. */
export function toCsvWith<C extends readonly string[]>(columns: C, rows: Array<Row<C>>): string {
  return stringify(rows, { header: true, columns: [...columns], bom: true, record_delimiter: 'windows' })
}

function groupsWithTotal(index: SiteIndex, plan: Plan, progress: PlanProgress) {
  return [
    { kind: 'plan', key: plan.key, name: plan.shortTitle, kpis: progress.total.kpis, counts: progress.total.counts },
    ...progress.groups.map((g) => ({
      kind: g.key === null ? 'other' : groupKind(plan),
      key: g.key ?? '',
      name: g.key === null ? null : groupTitle(index, plan, g.key),
      kpis: g.kpis,
      counts: g.counts,
    })),
  ]
}

export function progressCsvRows(index: SiteIndex): Array<Row<typeof PROGRESS_CSV_COLUMNS>> {
  return index.plans.flatMap((plan) => {
    const progress = progressOfPlan(index, plan)
    return groupsWithTotal(index, plan, progress).flatMap((group) =>
      RATINGS.map((rating) => {
        const counted = group.kpis.filter((r) => r.status.rating === rating)
        return {
          municipality_code: index.settings.municipalityCode,
          plan_key: plan.key,
          as_of_fiscal_year: progress.asOf ?? '',
          group_kind: group.kind,
          group_key: group.key,
          group_name_ja: group.name?.ja ?? '',
          group_name_en: group.name?.en ?? '',
          rating,
          rating_ja: RATING_LABELS[rating].ja,
          count: group.counts[rating],
          kpi_keys: counted.map((r) => r.kpi.key).join(' '),
          sample: bool(counted.some((r) => hasSampleFigures(r.kpi))),
        }
      }),
    )
  })
}

export function progressJson(index: SiteIndex, kpiUrl: (key: string) => string) {
  return {
    ratingRule: RATING_RULE,
    rollUpRule: ROLL_UP_RULE,
    plans: index.plans.map((plan) => {
      const progress = progressOfPlan(index, plan)
      return {
        plan: plan.key,
        asOfFiscalYear: progress.asOf,
        groups: groupsWithTotal(index, plan, progress).map((g) => ({
          kind: g.kind,
          key: g.key,
          name: g.name,
          counts: g.counts,
          kpis: g.kpis.map(({ kpi, status }) => ({
            key: kpi.key,
            url: kpiUrl(kpi.key),
            rating: status.rating,
            progress: status.progress,
            elapsed: status.elapsed,
            fiscalYear: status.latest?.fiscalYear ?? null,
          })),
        })),
      }
    }),
  }
}

export function verificationRows(index: SiteIndex) {
  return verificationReports(index).flatMap(({ plan, fiscalYear }) => reportRows(index, plan, fiscalYear).map((row) => ({ plan, fiscalYear, ...row })))
}

export function verificationCsvRows(index: SiteIndex): Array<Row<typeof VERIFICATION_CSV_COLUMNS>> {
  return verificationRows(index).map(({ plan, fiscalYear, kpi, actual, status, verification, step }) => ({
    municipality_code: index.settings.municipalityCode,
    plan_key: plan.key,
    fiscal_year: fiscalYear,
    kpi_key: kpi.key,
    kpi_name_ja: kpi.name.ja,
    kpi_name_en: kpi.name.en ?? '',
    actual_value: actual?.value ?? '',
    unit_ja: kpi.unit.ja,
    actual_status: actual?.status ?? '',
    computed_rating: status.rating,
    progress: status.progress ?? '',
    grade: verification.grade,
    grade_label_ja: step?.label.ja ?? '',
    grade_meaning_ja: step?.meaning?.ja ?? '',
    comment_ja: verification.comment.ja,
    comment_en: verification.comment.en ?? '',
    body_key: verification.body,
    meeting_key: verification.meeting ?? '',
    sample: bool(verification.sample || actual?.sample === true || (step !== null && isSample(plan, 'gradeScale'))),
  }))
}

export function verificationsJson(index: SiteIndex, kpiUrl: (key: string) => string, reportUrl: (plan: string, fy: number) => string) {
  return {
    gradeScales: Object.fromEntries(index.plans.map((p) => [p.key, p.gradeScale])),
    verifications: verificationRows(index).map(({ plan, fiscalYear, kpi, actual, status, verification, step }) => ({
      plan: plan.key,
      fiscalYear,
      report: reportUrl(plan.key, fiscalYear),
      kpi: kpi.key,
      kpiUrl: kpiUrl(kpi.key),
      actual,
      computedRating: { rating: status.rating, progress: status.progress, elapsed: status.elapsed },
      grade: verification.grade,
      gradeLabel: step?.label ?? null,
      gradeMeaning: step?.meaning ?? null,
      comment: verification.comment,
      body: verification.body,
      meeting: verification.meeting,
    })),
  }
}
