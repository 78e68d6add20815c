import type { CollectionName, RecordOf, Snapshot } from '@keikaku/content-schemas'
import { fiscalYearOf } from '@keikaku/content-schemas'

type Keyed = { key: string }
const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order

/**
 * Lookups and cross-links over a validated snapshot. References are already checked by validateSnapshot,
 * so `get` may assume the key exists.
 */
export function createSiteIndex(snapshot: Snapshot) {
  const maps = new Map<CollectionName, Map<string, Keyed>>()
  const mapOf = <C extends CollectionName>(c: C) => {
    let m = maps.get(c)
    if (!m) maps.set(c, (m = new Map((snapshot[c] as Keyed[]).map((r) => [r.key, r]))))
    return m as Map<string, RecordOf<C>>
  }
  const get = <C extends CollectionName>(c: C, key: string): RecordOf<C> => {
    const record = mapOf(c).get(key)
    if (!record) throw new Error(`${c}: no record with key "${key}"`)
    return record
  }
  const sorted = <C extends 'principles' | 'goals' | 'approaches' | 'priority-projects' | 'strategy-goals' | 'kpis'>(c: C, keep: (r: RecordOf<C>) => boolean) =>
    (snapshot[c] as Array<RecordOf<C>>).filter(keep).sort(byOrder)
  /**
   * Records grouped by a key, each group in snapshot order (then sorted by the caller), built once on first use:
   * pages ask for their children and KPIs thousands of times per build, and a scan of the snapshot each time
   * made lookups grow with the square of the plan's size. Callers get a copy, as they did from `filter`.
   */
  const groups = new Map<string, Map<string, unknown[]>>()
  const groupedBy = <T>(name: string, records: () => T[], keysOf: (r: T) => Iterable<string>, order?: (a: T, b: T) => number) => {
    let grouped = groups.get(name) as Map<string, T[]> | undefined
    if (!grouped) {
      grouped = new Map()
      for (const r of records()) {
        for (const key of new Set(keysOf(r))) {
          const list = grouped.get(key)
          if (list) list.push(r)
          else grouped.set(key, [r])
        }
      }
      if (order) for (const list of grouped.values()) list.sort(order)
      groups.set(name, grouped as Map<string, unknown[]>)
    }
    return (key: string): T[] => [...(grouped.get(key) ?? [])]
  }
  const itemsUnder = groupedBy(
    'plan-items',
    () => snapshot['plan-items'],
    (r) => [`${r.goal}\u0000${r.parent ?? ''}`],
    byOrder,
  )
  const projectsOf = groupedBy(
    'implementations',
    () => snapshot['implementation-plans'].flatMap((edition) => edition.projects.map((project) => ({ edition, project }))),
    (r) => [r.project.planItem],
  )
  const kpisBy = {
    goals: groupedBy(
      'kpis.goals',
      () => snapshot.kpis,
      (r) => r.goals,
      byOrder,
    ),
    priorityProjects: groupedBy(
      'kpis.priorityProjects',
      () => snapshot.kpis,
      (r) => r.priorityProjects,
      byOrder,
    ),
    strategyGoals: groupedBy(
      'kpis.strategyGoals',
      () => snapshot.kpis,
      (r) => r.strategyGoals,
      byOrder,
    ),
    planItems: groupedBy(
      'kpis.planItems',
      () => snapshot.kpis,
      (r) => r.planItems,
      byOrder,
    ),
  }
  const meetingsByBody = groupedBy(
    'meetings',
    () => snapshot.meetings,
    (m) => [m.body],
    byDateDesc,
  )
  let kpisInOrder: Array<RecordOf<'kpis'>> | undefined
  let meetingsInOrder: Array<RecordOf<'meetings'>> | undefined

  return {
    snapshot,
    settings: snapshot.settings,
    get,
    plans: [...snapshot.plans].sort(byOrder),
    principlesOf: (plan: string) => sorted('principles', (r) => r.plan === plan),
    goalsOf: (plan: string) => sorted('goals', (r) => r.plan === plan),
    approachesOf: (plan: string) => sorted('approaches', (r) => r.plan === plan),
    priorityProjectsOf: (plan: string) => sorted('priority-projects', (r) => r.plan === plan),
    strategyGoalsOf: (plan: string) => sorted('strategy-goals', (r) => r.plan === plan),
    implementationPlansOf: (plan: string) => snapshot['implementation-plans'].filter((r) => r.plan === plan).sort((a, b) => a.fiscalYear - b.fiscalYear),

    /** Fields (分野) of a goal, or the children of a plan item. */
    planItemsUnder: (goal: string, parent: string | null) => itemsUnder(`${goal}\u0000${parent ?? ''}`),
    /** Ancestors of a plan item, outermost first. */
    planItemAncestors(key: string) {
      const chain: Array<RecordOf<'plan-items'>> = []
      for (let item = get('plan-items', key); item.parent;) chain.unshift((item = get('plan-items', item.parent)))
      return chain
    },
    /** Projects of implementation-plan editions that carry out a plan item. */
    implementationsOf: (planItem: string) => projectsOf(planItem),

    priorityProjectsOfGoal: (goal: string) => sorted('priority-projects', (r) => r.goals.includes(goal)),
    strategyGoalsOfGoal: (goal: string) => sorted('strategy-goals', (r) => r.goals.includes(goal)),
    kpisOf: (link: 'goals' | 'priorityProjects' | 'strategyGoals' | 'planItems', key: string) => kpisBy[link](key),
    kpisSorted: () => [...(kpisInOrder ??= sorted('kpis', () => true))],

    bodiesTopLevel: () => snapshot.bodies.filter((b) => !b.parent).sort(byOrder),
    subBodies: (parent: string) => snapshot.bodies.filter((b) => b.parent === parent).sort(byOrder),
    bodiesOfGoal: (goal: string) => snapshot.bodies.filter((b) => b.goal === goal).sort(byOrder),
    meetingsOf: (body: string) => meetingsByBody(body),
    meetingsSorted: () => [...(meetingsInOrder ??= [...snapshot.meetings].sort(byDateDesc))],

    pagesUnder: (parent: string | null) => snapshot.pages.filter((p) => p.parent === parent).sort(byOrder),
    pageAncestors(key: string) {
      const chain: Array<RecordOf<'pages'>> = []
      for (let page = get('pages', key); page.parent;) chain.unshift((page = get('pages', page.parent)))
      return chain
    },
  }
}
export type SiteIndex = ReturnType<typeof createSiteIndex>

function byDateDesc(a: { date: string; key: string }, b: { date: string; key: string }) {
  return b.date.localeCompare(a.date) || a.key.localeCompare(b.key)
}

/** A plan whose last fiscal year is over stays published, marked 終了. */
export function isEnded(plan: { endFY: number }, today: Date = new Date()): boolean {
  return plan.endFY < fiscalYearOf(today)
}

/** Whether a field (or a part of it, like `vision.text`) is sample content. */
export function isSample(record: { sampleFields: string[] }, field: string): boolean {
  return record.sampleFields.some((f) => f === field || f.startsWith(`${field}.`) || field.startsWith(`${f}.`))
}

/** Whether any figure a KPI is rated on (an actual, its baseline or target) is a sample. */
export function hasSampleFigures(kpi: { sampleFields: string[]; actuals: ReadonlyArray<{ sample: boolean }> }): boolean {
  return kpi.actuals.some((a) => a.sample) || isSample(kpi, 'baseline') || isSample(kpi, 'target')
}

/** The newest of several ISO timestamps: a list page is as new as its newest record. */
export function newest(timestamps: string[]): string {
  return timestamps.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a))
}
