import { describe, expect, it } from 'vitest'
import { affectedRecords, compareSnapshots, dependencyMap } from '../src/dependencies.ts'
import { COLLECTION_NAMES, type Snapshot } from '../src/snapshot.ts'

/** Only the fields the dependency map reads: keys and reference fields (the functions never look at the rest). */
function snapshotOf(records: Partial<Record<(typeof COLLECTION_NAMES)[number], Array<Record<string, unknown>>>>): Snapshot {
  const data = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, records[c] ?? []]))
  return { meta: {}, settings: { siteTitle: 'x' }, ...data } as unknown as Snapshot
}

const plan = (key: string) => ({ key, title: key })
const sample = () =>
  snapshotOf({
    plans: [plan('p1'), plan('p2')],
    goals: [
      { key: 'g1', plan: 'p1' },
      { key: 'g2', plan: 'p1' },
      { key: 'g9', plan: 'p2' },
    ],
    'plan-items': [
      { key: 'field', plan: 'p1', goal: 'g1', parent: null },
      { key: 'policy', plan: 'p1', goal: 'g1', parent: 'field' },
      { key: 'other', plan: 'p1', goal: 'g2', parent: null },
    ],
    'implementation-plans': [{ key: 'impl', plan: 'p1', projects: [{ planItem: 'policy' }] }],
    kpis: [
      { key: 'k1', plans: ['p1'], goals: [], planItems: ['policy'], verifications: [{ body: 'council', meeting: 'm1' }] },
      { key: 'k2', plans: ['p1'], goals: ['g2'], planItems: [], verifications: [] },
    ],
    bodies: [{ key: 'council', plans: ['p1'], parent: null, goal: null }],
    meetings: [
      { key: 'm1', body: 'council', documents: [] },
      { key: 'm2', body: 'council', documents: [] },
    ],
  })

describe('dependencyMap', () => {
  it('follows every reference field of the contract, arrays and nested ones included', () => {
    const { targets, referrers } = dependencyMap(sample())
    expect([...targets.get('kpis/k1')!].sort()).toEqual(['bodies/council', 'meetings/m1', 'plan-items/policy', 'plans/p1'])
    expect([...targets.get('implementation-plans/impl')!].sort()).toEqual(['plan-items/policy', 'plans/p1'])
    expect([...referrers.get('plan-items/policy')!].sort()).toEqual(['implementation-plans/impl', 'kpis/k1'])
  })
})

describe('affectedRecords', () => {
  it('a KPI: itself, what it rolls up into (plan items, goal, plan, the meeting that verified it), and the plan-wide goal pages', () => {
    const affected = [...affectedRecords(sample(), ['kpis/k1'])].sort()
    expect(affected).toEqual(['bodies/council', 'goals/g1', 'goals/g2', 'kpis/k1', 'meetings/m1', 'plan-items/field', 'plan-items/policy', 'plans/p1'])
    // Not the other KPI, the other plan's pages, the other meeting, or an unrelated plan item.
    expect(affected).not.toContain('kpis/k2')
    expect(affected).not.toContain('goals/g9')
  })

  it('a goal: also everything below it that shows its title (plan items, their KPIs and projects)', () => {
    const affected = affectedRecords(sample(), ['goals/g1'])
    for (const id of ['plan-items/field', 'plan-items/policy', 'kpis/k1', 'implementation-plans/impl', 'plans/p1']) expect(affected).toContain(id)
    expect(affected).not.toContain('plan-items/other')
    expect(affected).not.toContain('kpis/k2')
  })
})

describe('compareSnapshots', () => {
  it('names the changed records', () => {
    const after = sample()
    after.kpis[1] = { ...after.kpis[1]!, name: { ja: '変更した名称', en: null } }
    expect(compareSnapshots(sample(), after)).toEqual({ changed: ['kpis/k2'], needsFullBuild: null })
  })

  it('asks for a full build when records are added, removed or reordered, or the settings or media change', () => {
    const added = sample()
    added.kpis.push({ ...added.kpis[0]!, key: 'k3' })
    expect(compareSnapshots(sample(), added).needsFullBuild).toBe('kpis: records added or removed')
    const reordered = sample()
    reordered.meetings.reverse()
    expect(compareSnapshots(sample(), reordered).needsFullBuild).toBe('meetings: order changed')
    const settings = sample()
    ;(settings.settings as unknown as { siteTitle: string }).siteTitle = 'y'
    expect(compareSnapshots(sample(), settings).needsFullBuild).toBe('site settings changed')
    const media = snapshotOf({ media: [{ key: 'a', path: 'b' }] })
    expect(compareSnapshots(snapshotOf({ media: [{ key: 'a', path: 'a' }] }), media).needsFullBuild).toBe('media changed')
  })
})
