import { validateSnapshot } from '@keikaku/content-schemas'
import { readSnapshot } from '@keikaku/content-schemas/io'
import { describe, expect, inject, it } from 'vitest'
import { atomFeed, feedEntries } from '../../src/lib/feed.ts'
import { largePlan } from '../../src/lib/large-plan.ts'
import { planStructure, type StructureNode } from '../../src/lib/plan-structure.ts'
import { createSiteIndex } from '../../src/lib/site-index.ts'

// The fixture snapshot written by the global setup (the city's seeded plan).
const snapshot = readSnapshot(inject('snapshotDir'))
const index = createSiteIndex(snapshot)
const labels = (nodes: StructureNode[]) => nodes.map((n) => n.label.ja)

describe('planStructure (体系図)', () => {
  const plan = index.get('plans', 'sogo-keikaku')
  const tree = planStructure(plan, index)

  it('follows the layers and parts the plan data names', () => {
    expect(labels(tree)).toEqual(plan.layers.map((l) => l.name.ja))
    expect(labels(tree[0].children)).toEqual(plan.layers[0].parts.map((p) => p.name.ja))
  })

  it('lists records under their part, linked by key, and the sectoral plans as goal → field → policy → project', () => {
    const goalsPart = tree[0].children.find((n) => n.label.ja === 'まちづくりの目標')!
    expect(goalsPart.children.map((n) => n.link)).toEqual(index.goalsOf(plan.key).map((g) => ({ kind: 'goals', key: g.key })))
    const sectoral = tree[1].children.find((n) => n.label.ja === '分野別計画')!
    const firstGoal = sectoral.children[0]
    expect(firstGoal.link?.kind).toBe('goals')
    const field = firstGoal.children[0]
    expect(field.link).toEqual({ kind: 'plan-items', key: 'field-1' })
    expect(field.children[0].children[0].link?.key).toBe('field-1-policy-1-project-1')
  })

  it('shows the vision slogan and the editions of a layer', () => {
    expect(tree[0].children[0].children[0].label.ja).toBe(plan.vision!.slogan.ja)
    expect(labels(tree[1].children)).toContain('前期基本計画')
  })
})

describe('cross-links', () => {
  it('finds priority projects, strategy goals and KPIs of a goal', () => {
    expect(index.priorityProjectsOfGoal('goal-1-miryoku').map((p) => p.key)).toContain('ilc')
    expect(index.strategyGoalsOfGoal('goal-1-miryoku').map((g) => g.key)).toContain('shigoto')
    expect(index.kpisOf('goals', 'goal-1-miryoku').map((k) => k.key)).toContain('shinki-koyo')
  })
  it('puts sub-committees under their parent body', () => {
    expect(index.subBodies('machizukuri-staff-kaigi')).toHaveLength(5)
    const topLevel = index.bodiesTopLevel()
    expect(topLevel.length).toBeGreaterThan(0)
    expect(topLevel.filter((b) => b.parent !== null)).toEqual([])
  })
})

describe('feedEntries', () => {
  it('lists updates newest first, meetings included', () => {
    const entries = feedEntries(index)
    expect(entries.some((e) => e.kind === 'meetings')).toBe(true)
    expect(entries.map((e) => Date.parse(e.date))).toEqual([...entries.map((e) => Date.parse(e.date))].sort((a, b) => b - a))
  })
})

describe('atomFeed', () => {
  it('escapes titles, which the feed declares as HTML, so markup arrives as text', () => {
    const kpi = { ...snapshot.kpis[0], name: { ja: 'R&D <事業><script>alert(1)</script>', en: null }, updatedAt: '2099-01-01T00:00:00.000Z' }
    const hostile = createSiteIndex({ ...snapshot, kpis: [kpi, ...snapshot.kpis.slice(1)] })
    const xml = atomFeed(hostile, { site: new URL('https://example.jp/'), locale: 'ja', selfHref: '/feed.xml' })
    const title = xml.match(/<entry>\s*<title type="html">(.*?)<\/title>/s)![1]
    expect(title).not.toMatch(/<script|<事業>/)
    expect(title).toContain('R&amp;D &lt;事業&gt;&lt;script&gt;')
  })
})

describe('largePlan', () => {
  it('makes a valid snapshot of about the requested size, the same on every run', () => {
    const large = largePlan(snapshot, { targetPages: 5000 })
    expect(() => validateSnapshot(large)).not.toThrow()
    const records = ['plan-items', 'kpis', 'meetings', 'goals', 'bodies'] as const
    const total = records.reduce((n, c) => n + large[c].length, 0)
    expect(total * 2).toBeGreaterThan(4500)
    expect(total * 2).toBeLessThan(5200)
    expect(largePlan(snapshot, { targetPages: 5000 })).toEqual(large)
  })
})
