import { describe, expect, it } from 'vitest'
import { fiscalYearProblem, unionPeriod } from '../src/period.ts'
import { SnapshotValidationError, validateSnapshot } from '../src/validate.ts'

const base = { formerKeys: [] as string[], sampleFields: [] as string[], updatedAt: '2026-04-01T00:00:00.000Z' }
const t = (ja: string) => ({ ja, en: null })
const minimal = () => ({
  meta: { schemaVersion: 1, exportedAt: '2026-04-01T00:00:00.000Z', source: 'test' },
  settings: {
    cityName: t('一関市'),
    siteTitle: t('一関市総合計画'),
    baseUrl: 'https://example.jp/',
    contact: { department: t('政策企画課'), phone: null, email: null, address: null },
    openDataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    municipalityCode: '032093',
    officialSiteUrl: null,
    englishNotice: t('参考訳です'),
    sampleFields: [],
    updatedAt: '2026-04-01T00:00:00.000Z',
  },
  plans: [],
  principles: [],
  goals: [{ ...base, key: 'goal-1', plan: 'plan-a', order: 1, title: t('目標'), description: null }],
  approaches: [],
  'priority-projects': [],
  'plan-items': [],
  'implementation-plans': [],
  'strategy-goals': [],
  kpis: [],
  bodies: [],
  meetings: [],
  pages: [],
  media: [],
})

function problemsOf(input: unknown) {
  try {
    validateSnapshot(input)
  } catch (error) {
    if (error instanceof SnapshotValidationError) return error.message
    throw error
  }
  return 'valid'
}

describe('validateSnapshot', () => {
  it('names the document and field of a dangling key', () => {
    expect(problemsOf(minimal())).toContain('goals[key=goal-1].plan: refers to unknown plans "plan-a"')
  })

  it('names the document and field of a wrong shape', () => {
    const input = minimal()
    ;(input.goals[0] as Record<string, unknown>).order = '一'
    expect(problemsOf(input)).toMatch(/goals\[key=goal-1\]\.order: /)
  })

  it('refuses a former key that another record has now (its redirect would hide that page)', () => {
    const input = minimal()
    input.goals.push({ ...base, key: 'goal-2', plan: 'plan-a', order: 2, title: t('目標2'), description: null, formerKeys: ['goal-1'] })
    expect(problemsOf(input)).toContain('goals[key=goal-2].formerKeys[0]: "goal-1" is the key of another goals record')
  })

  it('refuses a key that is not URL-safe', () => {
    const input = minimal()
    input.goals[0].key = 'Goal 1'
    expect(problemsOf(input)).toMatch(/goals\[key=Goal 1\]\.key: must be lowercase/)
  })
})

describe('plan periods', () => {
  const period = unionPeriod([
    { startFY: 2016, endFY: 2025 },
    { startFY: 2015, endFY: 2019 },
  ])!
  it('joins the periods of the plans a KPI serves', () => expect(period).toEqual({ startFY: 2015, endFY: 2025 }))
  it('refuses a year after the period, naming both', () => {
    expect(fiscalYearProblem(2026, period, { label: { ja: '目標値', en: 'Target' } })?.ja).toBe(
      '目標値の年度（2026年度）が計画期間（2015〜2025年度）の外です。',
    )
  })
  it('allows a baseline before the period only when asked', () => {
    expect(fiscalYearProblem(2010, period, { label: { ja: '基準値', en: 'Baseline' }, allowBefore: true })).toBeNull()
    expect(fiscalYearProblem(2010, period, { label: { ja: '実績値', en: 'Actual' } })).not.toBeNull()
  })
})
