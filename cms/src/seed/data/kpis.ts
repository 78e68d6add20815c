import type { KpiActual, KpiVerification } from '@keikaku/content-schemas'
import { t, type SeedRecord } from '../types.ts'

const both = ['sogo-keikaku', 'sogo-senryaku']
const strategy = ['sogo-senryaku']
const council = 'yushikisha-kaigi'

const actuals = (values: Array<[number, number]>, preliminaryFrom = Infinity): KpiActual[] =>
  values.map(([fiscalYear, value]) => ({
    fiscalYear,
    value,
    status: fiscalYear >= preliminaryFrom ? 'preliminary' : 'final',
    note: null,
    source: t('（サンプル）市調べ'),
    sample: true,
  }))

const verified = (grades: Array<[number, KpiVerification['grade'], string]>): KpiVerification[] =>
  grades.map(([fiscalYear, grade, comment]) => ({
    fiscalYear,
    grade,
    comment: t(`（サンプル）${comment}`),
    body: council,
    meeting: fiscalYear === 2016 ? 'yushikisha-kaigi-2017-1' : null,
    sample: true,
  }))

type OptionalLinks = 'priorityProjects' | 'planItems' | 'strategyGoals' | 'verifications'
type KpiSeed = Omit<SeedRecord<'kpis'>, 'sampleFields' | 'order' | OptionalLinks> & Partial<Pick<SeedRecord<'kpis'>, OptionalLinks>>

/** The seed names KPIs and 数値目標 but gives no figures: every figure here is a sample (each row flagged). */
const kpiSeeds: KpiSeed[] = [
  {
    key: 'shinki-koyo',
    kind: 'numeric-target',
    name: t('新規雇用者数（累計）', 'New jobs created (cumulative)'),
    definition: t('（サンプル）企業誘致及び市内企業の事業拡大による新規雇用者数の累計'),
    unit: t('人', 'people'),
    direction: 'higher',
    baseline: { fiscalYear: 2014, value: 0 },
    target: { fiscalYear: 2019, value: 500 },
    actuals: actuals(
      [
        [2015, 95],
        [2016, 210],
        [2017, 320],
        [2018, 410],
      ],
      2018,
    ),
    verifications: verified([
      [2016, 'A', '目標に向けて順調に推移している。'],
      [2017, 'A', '企業誘致の効果が表れている。'],
    ]),
    department: t('商工労働部'),
    plans: both,
    goals: ['goal-1-miryoku'],
    strategyGoals: ['shigoto'],
  },
  {
    key: 'kanko-kyaku',
    kind: 'kpi',
    name: t('観光客入込数', 'Tourist visits'),
    definition: t('（サンプル）市内の主な観光地を訪れた観光客の延べ人数'),
    unit: t('万人回', '10,000 visits'),
    direction: 'higher',
    baseline: { fiscalYear: 2014, value: 280 },
    target: { fiscalYear: 2019, value: 320 },
    actuals: actuals([
      [2015, 285],
      [2016, 283],
      [2017, 290],
    ]),
    verifications: verified([[2016, 'C', '震災後の落ち込みからの回復が遅れている。']]),
    department: t('商工観光部'),
    plans: both,
    goals: ['goal-1-miryoku', 'goal-2-kasseika'],
    strategyGoals: ['shigoto'],
    planItems: ['field-1'],
  },
  {
    key: 'gokei-tokushu-shusshoritsu',
    kind: 'numeric-target',
    name: t('合計特殊出生率', 'Total fertility rate'),
    definition: t('（サンプル）15〜49歳の女性の年齢別出生率の合計'),
    unit: t('（率）', '(rate)'),
    direction: 'higher',
    baseline: { fiscalYear: 2013, value: 1.5 },
    target: { fiscalYear: 2019, value: 1.6 },
    actuals: actuals([
      [2015, 1.52],
      [2016, 1.49],
      [2017, 1.51],
    ]),
    verifications: verified([[2016, 'B', '横ばいであり、子育て支援の一層の充実が必要。']]),
    department: t('保健福祉部'),
    plans: both,
    goals: ['goal-3-ninaite'],
    strategyGoals: ['hito'],
  },
  {
    key: 'taiki-jido',
    kind: 'kpi',
    name: t('保育所待機児童数', 'Children on nursery waiting lists'),
    definition: t('（サンプル）各年度4月1日現在の保育所待機児童数'),
    unit: t('人', 'children'),
    direction: 'lower',
    baseline: { fiscalYear: 2014, value: 40 },
    target: { fiscalYear: 2019, value: 0 },
    actuals: actuals(
      [
        [2015, 35],
        [2016, 22],
        [2017, 12],
        [2018, 5],
      ],
      2018,
    ),
    department: t('保健福祉部'),
    plans: both,
    goals: ['goal-3-ninaite'],
    strategyGoals: ['hito'],
    planItems: ['field-3-policy-1'],
  },
  {
    key: 'shakai-zogen',
    kind: 'numeric-target',
    name: t('社会増減数', 'Net migration'),
    definition: t('（サンプル）転入者数から転出者数を引いた数（人口減少の抑制）'),
    unit: t('人', 'people'),
    direction: 'higher',
    baseline: { fiscalYear: 2014, value: -600 },
    target: { fiscalYear: 2019, value: -300 },
    actuals: [],
    department: t('まちづくり推進部'),
    plans: strategy,
    goals: [],
    strategyGoals: ['machi'],
  },
  {
    key: 'ilc-event-sankasha',
    kind: 'kpi',
    name: t('ILC関連イベント参加者数', 'Participants in ILC events'),
    definition: t('（サンプル）国際リニアコライダーの理解促進を目的とした講演会等の参加者数'),
    unit: t('人', 'people'),
    direction: 'higher',
    baseline: { fiscalYear: 2015, value: 1200 },
    target: { fiscalYear: 2020, value: 3000 },
    actuals: actuals([
      [2016, 1500],
      [2017, 2100],
      [2018, 2600],
      [2019, 3100],
    ]),
    department: t('ILC推進本部'),
    plans: ['sogo-keikaku'],
    goals: ['goal-3-ninaite'],
    priorityProjects: ['ilc'],
  },
  {
    key: 'jishu-bosai-soshiki',
    kind: 'kpi',
    name: t('自主防災組織の組織率', 'Share of households in voluntary disaster-prevention groups'),
    definition: t('（サンプル）自主防災組織がカバーする世帯の割合'),
    unit: t('%', '%'),
    direction: 'higher',
    baseline: { fiscalYear: 2014, value: 80.5 },
    target: { fiscalYear: 2020, value: 90 },
    actuals: actuals([
      [2016, 82.1],
      [2017, 82.9],
    ]),
    department: t('消防本部'),
    plans: ['sogo-keikaku'],
    goals: ['goal-5-anshin'],
    priorityProjects: ['shinsai'],
    planItems: ['field-5-policy-1'],
  },
]

export const kpis: SeedRecord<'kpis'>[] = kpiSeeds.map((kpi, i) => ({
  priorityProjects: [],
  planItems: [],
  strategyGoals: [],
  verifications: [],
  ...kpi,
  order: i + 1,
  sampleFields: ['definition', 'baseline', 'target'],
}))
