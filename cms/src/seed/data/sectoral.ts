import { goals } from './concept.ts'
import { t, type SeedRecord } from '../types.ts'

const plan = 'sogo-keikaku'
const sample = (text: string) => t(`（サンプル）${text}`)

/** Per goal one field (分野) with two policies (施策), each with one project (事業): all samples. */
const fields: Array<{ field: string; situation: string; policies: Array<[string, string]> }> = [
  {
    field: '観光の振興',
    situation: '観光客入込数は震災後に落ち込み、回復が課題です。',
    policies: [
      ['観光資源の磨き上げ', '厳美渓・猊鼻渓の魅力向上事業'],
      ['農林業の振興', '地場産品ブランド化事業'],
    ],
  },
  {
    field: '交流の促進',
    situation: '新幹線駅を生かした交流人口の拡大が求められています。',
    policies: [
      ['交流人口の拡大', '一ノ関駅周辺にぎわい創出事業'],
      ['移住・定住の促進', '移住相談窓口運営事業'],
    ],
  },
  {
    field: '子育て支援',
    situation: '出生数の減少が続き、子育て世代への支援が必要です。',
    policies: [
      ['子育て支援の充実', '保育所待機児童解消事業'],
      ['学校教育の充実', 'ILC科学教育推進事業'],
    ],
  },
  {
    field: '環境の保全',
    situation: '豊かな自然環境を次世代へ引き継ぐ取り組みが必要です。',
    policies: [
      ['自然環境の保全', '里山保全活動支援事業'],
      ['再生可能エネルギーの導入', '公共施設太陽光発電導入事業'],
    ],
  },
  {
    field: '防災・安全',
    situation: '東日本大震災の経験を踏まえた防災力の強化が課題です。',
    policies: [
      ['防災体制の強化', '自主防災組織育成事業'],
      ['医療体制の確保', '地域医療連携推進事業'],
    ],
  },
]

export const planItems: SeedRecord<'plan-items'>[] = fields.flatMap(({ field, situation, policies }, g) => {
  const goal = goals[g].key
  const fieldKey = `field-${g + 1}`
  const fieldItem: SeedRecord<'plan-items'> = {
    key: fieldKey,
    plan,
    goal,
    level: 'field',
    parent: null,
    order: 1,
    title: t(field),
    description: null,
    situation: sample(situation),
    direction: sample(`${policies.map(([p]) => p).join('、')}を柱として施策を展開します。`),
    participation: sample('市民、地域団体、事業者が担い手として参画し、行政と協働して取り組みます。'),
    sampleFields: ['title', 'situation', 'direction', 'participation'],
  }
  return [
    fieldItem,
    ...policies.flatMap(([policy, project], p) => {
      const policyKey = `${fieldKey}-policy-${p + 1}`
      return [
        {
          ...fieldItem,
          key: policyKey,
          level: 'policy' as const,
          parent: fieldKey,
          order: p + 1,
          title: t(policy),
          description: sample(`${policy}に向けた施策を展開します。`),
          situation: null,
          direction: null,
          participation: null,
          sampleFields: ['title', 'description'],
        },
        {
          ...fieldItem,
          key: `${policyKey}-project-1`,
          level: 'project' as const,
          parent: policyKey,
          order: 1,
          title: t(project),
          description: sample(`${project}を実施します。`),
          situation: null,
          direction: null,
          participation: null,
          sampleFields: ['title', 'description'],
        },
      ]
    }),
  ]
})

/** 実施計画: rolling three-year editions, one per fiscal year (samples). */
export const implementationPlans: SeedRecord<'implementation-plans'>[] = [2016, 2017].map((fy) => ({
  key: `jisshi-keikaku-${fy}`,
  plan,
  title: t(`一関市総合計画実施計画（${fy}〜${fy + 2}年度）`),
  fiscalYear: fy,
  startFY: fy,
  endFY: fy + 2,
  description: sample('基本計画に基づき、向こう３か年度分の事業計画を定めたものです。'),
  projects: planItems
    .filter((item) => item.level === 'project')
    .slice(0, 4)
    .map((item, i) => ({
      key: item.key,
      title: item.title,
      planItem: item.key,
      department: t(['商工観光部', 'まちづくり推進部', '保健福祉部', '消防本部'][i]),
      years: [fy, fy + 1, fy + 2].map((year, y) => ({
        fiscalYear: year,
        plan: sample(`${year}年度の事業内容`),
        budgetThousandYen: 1000 * (i + 1) * (y + 2) + (fy - 2016) * 500,
        sample: true,
      })),
      sample: true,
    })),
  sampleFields: ['title', 'description'],
}))
