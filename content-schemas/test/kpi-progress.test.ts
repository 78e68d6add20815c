import { describe, expect, it } from 'vitest'
import type { Kpi, KpiActual, KpiVerification } from '../src/kpi.ts'
import {
  countRatings,
  planProgress,
  progressAsOf,
  sortedGradeScale,
  verificationReport,
  verificationsAtMeeting,
  verificationYears,
} from '../src/kpi-progress.ts'
import { rateKpiAt, ratingsByYear } from '../src/kpi-rating.ts'
import type { GradeScaleStep } from '../src/plan.ts'

const actual = (fiscalYear: number, value: number): KpiActual => ({ fiscalYear, value, status: 'final', note: null, source: null, sample: false })
const verdict = (fiscalYear: number, grade: KpiVerification['grade'], meeting: string | null = null): KpiVerification => ({
  fiscalYear,
  grade,
  comment: { ja: `${grade}評価`, en: null },
  body: 'council',
  meeting,
  sample: false,
})
const kpi = (key: string, opts: Partial<Kpi>): Kpi => ({
  key,
  formerKeys: [],
  sampleFields: [],
  updatedAt: '2026-04-01T00:00:00.000Z',
  kind: 'kpi',
  name: { ja: key, en: null },
  definition: null,
  unit: { ja: '件', en: null },
  direction: 'higher',
  baseline: { fiscalYear: 2014, value: 0 },
  target: { fiscalYear: 2019, value: 100 },
  actuals: [],
  verifications: [],
  department: { ja: '企画部', en: null },
  plans: ['plan'],
  goals: [],
  priorityProjects: [],
  strategyGoals: [],
  planItems: [],
  order: 1,
  ...opts,
})

const step = (grade: GradeScaleStep['grade'], order: number): GradeScaleStep => ({
  grade,
  label: { ja: `${grade}の名前`, en: null },
  meaning: { ja: `${grade}の意味`, en: null },
  order,
})

describe('ratings per year', () => {
  const k = kpi('k', { actuals: [actual(2017, 90), actual(2015, 10), actual(2016, 40)] })

  it('rates each year by that year’s actual, oldest first', () => {
    // 10 % at 20 % elapsed; 40 % at 40 %; 90 % at 60 %.
    expect(ratingsByYear(k).map((s) => [s.latest?.fiscalYear, s.rating])).toEqual([
      [2015, 'behind'],
      [2016, 'on-track'],
      [2017, 'on-track'],
    ])
  })

  it('rates at a year by the latest actual up to it', () => {
    expect(rateKpiAt(k, 2016)).toMatchObject({ rating: 'on-track', progress: 0.4 })
    expect(rateKpiAt(k, 2020).latest?.fiscalYear).toBe(2017)
    expect(rateKpiAt(k, 2014).rating).toBe('unmeasured')
  })
})

describe('planProgress (roll-up per goal and plan)', () => {
  const kpis = [
    kpi('a', { goals: ['g1'], actuals: [actual(2016, 100)] }), // achieved
    kpi('b', { goals: ['g1', 'g2'], actuals: [actual(2016, 50)] }), // on track (50 % ≥ 40 %)
    kpi('c', { goals: ['g2'], actuals: [actual(2015, 1), actual(2018, 99)] }), // as of 2018: on track
    kpi('d', { goals: ['g2'] }), // unmeasured
    kpi('e', { goals: [], actuals: [actual(2016, 10)] }), // behind, in no goal
    kpi('other-plan', { plans: ['elsewhere'], goals: ['g1'], actuals: [actual(2016, 100)] }),
  ]
  const progress = planProgress({ key: 'plan', kind: 'comprehensive' }, ['g1', 'g2'], kpis)

  it('is as of the latest year with an actual among the plan’s KPIs', () => {
    expect(progress.asOf).toBe(2018)
    expect(progressAsOf([])).toBeNull()
  })

  it('counts per goal, a KPI under each of its goals, and the plan’s other KPIs last', () => {
    expect(progress.groups.map((g) => [g.key, g.kpis.map((r) => r.kpi.key)])).toEqual([
      ['g1', ['a', 'b']],
      ['g2', ['b', 'c', 'd']],
      [null, ['e']],
    ])
    expect(progress.groups[1]!.counts).toEqual({ achieved: 0, 'on-track': 2, behind: 0, unmeasured: 1, total: 3 })
  })

  it('counts each KPI of the plan once in the total, and no other plan’s', () => {
    expect(progress.total.counts).toEqual({ achieved: 1, 'on-track': 2, behind: 1, unmeasured: 1, total: 5 })
  })

  it('rates as of an earlier year when asked', () => {
    const earlier = planProgress({ key: 'plan', kind: 'comprehensive' }, ['g1', 'g2'], kpis, 2015)
    expect(earlier.total.counts).toEqual({ achieved: 0, 'on-track': 0, behind: 1, unmeasured: 4, total: 5 })
  })

  it('groups a strategy by its basic goals', () => {
    const s = planProgress({ key: 'plan', kind: 'strategy' }, ['s1'], [kpi('x', { strategyGoals: ['s1'] })])
    expect(s.groups.map((g) => g.key)).toEqual(['s1'])
    expect(s.asOf).toBeNull()
  })

  it('counts nothing as zero', () => expect(countRatings([])).toEqual({ achieved: 0, 'on-track': 0, behind: 0, unmeasured: 0, total: 0 }))
})

describe('verification report', () => {
  const plan = { key: 'plan', gradeScale: [step('B', 2), step('A', 1)] }
  const kpis = [
    kpi('a', { actuals: [actual(2016, 40)], verifications: [verdict(2016, 'A', 'm1'), verdict(2017, 'B')] }),
    kpi('b', { actuals: [actual(2015, 10)], verifications: [verdict(2016, 'C', 'm1')] }),
    kpi('c', {}),
    kpi('z', { plans: ['elsewhere'], verifications: [verdict(2015, 'D', 'm2')] }),
  ]

  it('lists the years with a verification of one of the plan’s KPIs', () => {
    expect(verificationYears('plan', kpis)).toEqual([2016, 2017])
  })

  it('gives each verified KPI that year’s actual, the rating at that year and the grade’s meaning', () => {
    const rows = verificationReport(plan, kpis, 2016)
    expect(rows.map((r) => r.kpi.key)).toEqual(['a', 'b'])
    expect(rows[0]).toMatchObject({ actual: { value: 40 }, status: { rating: 'on-track' }, step: { meaning: { ja: 'Aの意味' } } })
    // No actual for 2016: the rating stands on the 2015 one; C is not on this plan's scale.
    expect(rows[1]).toMatchObject({ actual: null, status: { rating: 'behind' }, step: null })
  })

  it('orders the scale by its order field', () => expect(sortedGradeScale(plan).map((s) => s.grade)).toEqual(['A', 'B']))

  it('lists the verdicts given at a meeting', () => {
    expect(verificationsAtMeeting('m1', kpis).map((v) => [v.kpi.key, v.verification.grade])).toEqual([
      ['a', 'A'],
      ['b', 'C'],
    ])
  })
})

describe('plan grading scale (contract)', () => {
  it('refuses a grade defined twice, naming the problem', async () => {
    const { plan } = await import('../src/plan.ts')
    const result = plan.shape.gradeScale.safeParse([step('A', 1), step('A', 2)])
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('each grade may appear only once')
    expect(plan.shape.gradeScale.safeParse([step('A', 1), step('B', 2)]).success).toBe(true)
  })
})
