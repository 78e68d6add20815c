import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { COLLECTION_NAMES, type Snapshot } from '@keikaku/content-schemas'
import { planBuild, reuseUnchanged, writeBuildState } from '../lib/deploy/incremental.ts'
import { READINGS_FILE } from '../../site/src/lib/incremental.ts'

const dirs: string[] = []
const temp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'keikaku-incr-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function write(dir: string, files: Record<string, string>) {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), content)
  }
}

describe('reuseUnchanged', () => {
  it('links the previous build’s files of skipped records (hard links), tells which rendered files differ, carries readings over', () => {
    const previous = temp()
    const next = temp()
    write(previous, {
      'kpis/a/index.html': 'old a',
      'kpis/b/index.html': 'b as it was',
      'en/kpis/b/index.html': 'b in English',
      'data/kpis/b.csv': 'b figures',
      'plans/p/index.html': 'plan p',
      'plans/p/p-gaiyou.pdf': 'printed after the build: not this step’s',
      'kpis/index.html': 'list',
      '_astro/chart.abc.webp': 'image only b uses',
      [READINGS_FILE]: JSON.stringify({ pages: [], readings: { 'kpis/a/index.html': ['old'], 'kpis/b/index.html': ['びー'] } }),
    })
    write(next, {
      'kpis/a/index.html': 'new a',
      'index.html': 'home',
      'kpis/index.html': 'list',
      [READINGS_FILE]: JSON.stringify({ pages: ['index.html', 'kpis/a/index.html', 'kpis/index.html'], readings: { 'kpis/a/index.html': ['new'] } }),
    })
    const { reused, rendered, differing, search } = reuseUnchanged(next, previous, ['kpis/b', 'plans/p'])
    expect(reused).toEqual(['data/kpis/b.csv', 'en/kpis/b/index.html', 'kpis/b/index.html', 'plans/p/index.html'])
    expect(rendered).toEqual(['index.html', 'kpis/a/index.html', 'kpis/index.html'])
    // Rendered again but the same bytes: no need to audit or print it again.
    expect(differing).toEqual(['index.html', 'kpis/a/index.html'])
    expect(readFileSync(path.join(next, 'kpis/b/index.html'), 'utf8')).toBe('b as it was')
    expect(statSync(path.join(next, 'kpis/b/index.html')).ino).toBe(statSync(path.join(previous, 'kpis/b/index.html')).ino)
    expect(readFileSync(path.join(next, 'kpis/a/index.html'), 'utf8')).toBe('new a')
    expect(readFileSync(path.join(next, '_astro/chart.abc.webp'), 'utf8')).toBe('image only b uses')
    expect(existsSync(path.join(next, 'plans/p/p-gaiyou.pdf'))).toBe(false)
    expect(search.readings).toEqual({ 'kpis/a/index.html': ['new'], 'kpis/b/index.html': ['びー'] })
    expect(search.pages).toEqual(['en/kpis/b/index.html', 'index.html', 'kpis/a/index.html', 'kpis/b/index.html', 'kpis/index.html', 'plans/p/index.html'])
    expect(JSON.parse(readFileSync(path.join(next, READINGS_FILE), 'utf8'))).toEqual(search)
  })

  it('refuses when a skipped record’s page is in neither build', () => {
    const previous = temp()
    const next = temp()
    write(previous, { [READINGS_FILE]: '{"pages":[],"readings":{}}' })
    write(next, { [READINGS_FILE]: '{"pages":[],"readings":{}}' })
    expect(() => reuseUnchanged(next, previous, ['kpis/new'])).toThrow('the page of kpis/new was skipped but the previous build has none')
  })
})

function snapshotOf(kpis: number, changedNote = ''): Snapshot {
  const data = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, []]))
  return {
    meta: {},
    settings: { siteTitle: 'x' },
    ...data,
    plans: [{ key: 'p' }],
    kpis: Array.from({ length: kpis }, (_, i) => ({ key: `k${i}`, plans: ['p'], goals: [], verifications: [], note: i === 0 ? changedNote : '' })),
  } as unknown as Snapshot
}

describe('planBuild', () => {
  it('builds in full without a previous build, after a code change, or when records were added', () => {
    const previous = temp()
    writeBuildState(previous, snapshotOf(10), 'code-1')
    expect(planBuild(snapshotOf(10, 'x'), null, 'code-1')).toEqual({ mode: 'full', reason: 'no previous build' })
    expect(planBuild(snapshotOf(10, 'x'), temp(), 'code-1')).toEqual({ mode: 'full', reason: 'the previous build kept no snapshot' })
    expect(planBuild(snapshotOf(10, 'x'), previous, 'code-2')).toEqual({ mode: 'full', reason: 'the site code changed' })
    expect(planBuild(snapshotOf(11), previous, 'code-1')).toEqual({ mode: 'full', reason: 'kpis: records added or removed' })
  })

  it('renders only the affected records when few changed; builds in full above 30 % of records changed or 90 % affected', () => {
    const previous = temp()
    writeBuildState(previous, snapshotOf(10), 'code-1')
    const plan = planBuild(snapshotOf(10, 'x'), previous, 'code-1')
    expect(plan).toMatchObject({ mode: 'incremental', changed: ['kpis/k0'] })
    if (plan.mode !== 'incremental') return
    expect([...plan.affected].sort()).toEqual(['kpis/k0', 'plans/p'])
    expect(plan.skip).toEqual(['kpis/k1', 'kpis/k2', 'kpis/k3', 'kpis/k4', 'kpis/k5', 'kpis/k6', 'kpis/k7', 'kpis/k8', 'kpis/k9'])
    writeBuildState(previous, snapshotOf(2), 'code-1')
    expect(planBuild(snapshotOf(2, 'x'), previous, 'code-1')).toEqual({ mode: 'full', reason: '1 of 3 records changed' })
    writeBuildState(previous, snapshotOf(4), 'code-1')
    expect(planBuild(snapshotOf(4, 'x'), previous, 'code-1')).toMatchObject({ mode: 'incremental' })
    writeBuildState(previous, snapshotOf(10), 'code-1')
    const many = snapshotOf(10)
    many.plans[0] = { ...many.plans[0]!, title: { ja: '改称', en: null } }
    expect(planBuild(many, previous, 'code-1')).toEqual({ mode: 'full', reason: '11 of 11 records affected' })
  })
})
