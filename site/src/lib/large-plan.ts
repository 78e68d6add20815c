import { RECORD_COLLECTIONS, type Kpi, type Meeting, type PlanItem, type Snapshot } from '@keikaku/content-schemas'

/** Vocabulary for generated Japanese text, so that Pagefind segments real-looking sentences. */
const TOPICS = [
  '子育て支援',
  '観光振興',
  '農業',
  '防災',
  '地域医療',
  '移住定住',
  '公共交通',
  '商店街',
  '再生可能エネルギー',
  '学校教育',
  '高齢者福祉',
  '文化財',
  '道路整備',
  '国際交流',
  '空き家対策',
  '森林保全',
  '雇用創出',
  '生涯学習',
  'デジタル化',
  '健康づくり',
]
const ACTIONS = ['の充実を図ります', 'を推進します', 'の体制を強化します', 'に取り組む団体を支援します', 'の担い手を育成します', 'の情報発信を強化します']
const PLACES = ['一関地域', '花泉地域', '大東地域', '千厩地域', '東山地域', '室根地域', '川崎地域', '藤沢地域']

/** Deterministic pseudo-random numbers (mulberry32), so the large plan is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ja = (text: string) => ({ ja: text, en: null })

/**
 * A large plan for benchmarks: the given snapshot plus generated plan items, KPIs and meetings, sized so that the
 * site has about `targetPages` HTML pages (each record has a Japanese and an English page). Pure: same input, same output.
 */
export function largePlan(base: Snapshot, { targetPages = 5000, seed = 1 }: { targetPages?: number; seed?: number } = {}): Snapshot {
  const rnd = random(seed)
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]
  const sentence = () =>
    `${pick(PLACES)}における${pick(TOPICS)}${pick(ACTIONS)}。${pick(TOPICS)}と${pick(TOPICS)}を連携させ、市民と行政の協働により${pick(TOPICS)}${pick(ACTIONS)}。`
  const existing = RECORD_COLLECTIONS.reduce((n, c) => n + base[c].length, 0)
  const extra = Math.max(0, Math.round(targetPages / 2) - existing - 40)
  const [itemCount, kpiCount] = [Math.round(extra * 0.6), Math.round(extra * 0.2)]
  const meetingCount = extra - itemCount - kpiCount
  const plan = base.plans.find((p) => p.kind === 'comprehensive') ?? base.plans[0]
  const goals = base.goals.filter((g) => g.plan === plan.key)
  const updatedAt = base.meta.exportedAt
  const common = { formerKeys: [], sampleFields: [], updatedAt }

  // One field per 21 items, then 4 policies per field and 4 projects per policy.
  const items: PlanItem[] = []
  for (let i = 0; items.length < itemCount; i++) {
    const goal = goals[i % goals.length].key
    const fieldKey = `gen-field-${i + 1}`
    const topic = TOPICS[i % TOPICS.length]
    items.push({
      ...common,
      key: fieldKey,
      plan: plan.key,
      order: 100 + i,
      title: ja(`${topic}（${PLACES[i % PLACES.length]}）`),
      description: null,
      goal,
      level: 'field',
      parent: null,
      situation: ja(sentence()),
      direction: ja(sentence()),
      participation: ja(sentence()),
    })
    for (let p = 1; p <= 4 && items.length < itemCount; p++) {
      const policyKey = `${fieldKey}-policy-${p}`
      items.push({
        ...common,
        key: policyKey,
        plan: plan.key,
        order: p,
        title: ja(`${topic}${ACTIONS[p % ACTIONS.length].replace(/^[のをに]/, '').replace(/ます$/, 'る施策')}`),
        description: ja(sentence()),
        goal,
        level: 'policy',
        parent: fieldKey,
        situation: null,
        direction: null,
        participation: null,
      })
      for (let j = 1; j <= 4 && items.length < itemCount; j++) {
        items.push({
          ...common,
          key: `${policyKey}-project-${j}`,
          plan: plan.key,
          order: j,
          title: ja(`${pick(PLACES)}${pick(TOPICS)}推進事業`),
          description: ja(sentence()),
          goal,
          level: 'project',
          parent: policyKey,
          situation: null,
          direction: null,
          participation: null,
        })
      }
    }
  }

  const kpis: Kpi[] = Array.from({ length: kpiCount }, (_, i) => {
    const baseline = Math.round(rnd() * 1000)
    const target = baseline + Math.round(rnd() * 500) + 1
    return {
      ...common,
      key: `gen-kpi-${i + 1}`,
      kind: i % 3 === 0 ? 'numeric-target' : 'kpi',
      name: ja(`${TOPICS[i % TOPICS.length]}に関する指標${i + 1}`),
      definition: ja(sentence()),
      unit: ja(pick(['人', '件', '%', '団体', '万人回'])),
      direction: 'higher',
      baseline: { fiscalYear: 2015, value: baseline },
      target: { fiscalYear: 2025, value: target },
      actuals: [2016, 2017, 2018, 2019, 2020].map((fiscalYear, y) => ({
        fiscalYear,
        value: Math.round(baseline + (target - baseline) * (y + 1) * rnd() * 0.25),
        status: y === 4 ? ('preliminary' as const) : ('final' as const),
        note: null,
        source: ja('市調べ'),
        sample: true,
      })),
      verifications: [],
      department: ja('まちづくり推進部'),
      plans: [plan.key],
      goals: [goals[i % goals.length].key],
      priorityProjects: [],
      strategyGoals: [],
      planItems: items.length ? [items[(i * 7) % items.length].key] : [],
      order: 100 + i,
    }
  })

  const documents = base.media.filter((m) => m.kind === 'document')
  const meetings: Meeting[] = Array.from({ length: meetingCount }, (_, i) => {
    const body = base.bodies[i % base.bodies.length]
    const date = new Date(Date.UTC(2015, 0, 1) + i * 86_400_000 * 3).toISOString().slice(0, 10)
    return {
      ...common,
      key: `gen-meeting-${i + 1}`,
      body: body.key,
      number: Math.floor(i / base.bodies.length) + 1,
      title: ja(`${body.name.ja} 第${Math.floor(i / base.bodies.length) + 1}回`),
      date,
      venue: ja(`${pick(PLACES)}市民センター`),
      agenda: [ja(`${pick(TOPICS)}について`), ja(`${pick(TOPICS)}の進捗について`)],
      summary: ja(sentence()),
      easySummary: null,
      documents: documents.slice(0, 1).map((d) => ({ code: '資料1', title: ja(`${pick(TOPICS)}の資料`), file: d.key })),
    }
  })

  return { ...base, 'plan-items': [...base['plan-items'], ...items], kpis: [...base.kpis, ...kpis], meetings: [...base.meetings, ...meetings] }
}
