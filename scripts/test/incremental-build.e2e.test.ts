import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readSnapshot } from '@keikaku/content-schemas/io'
import { buildRelease, type ReleaseBuild } from '../lib/deploy/build-release.ts'
import { filesUnder as files } from '../lib/files.ts'
import { ROOT } from '../lib/env.ts'
import { SEARCH_DOCS_DIR } from '../../site/src/lib/incremental.ts'

const exec = promisify(execFile)

/**
 * The incremental build on real Astro and Pagefind builds of the seeded plan: a full build of snapshot A; then
 * snapshot B (one KPI's actual and one goal's title changed) built incrementally on top of it and, separately, in
 * full. The two builds of B must be the same, file for file and byte for byte.
 */
const work = mkdtempSync(path.join(tmpdir(), 'keikaku-incremental-'))
const [snapshotA, snapshotB, snapshotC] = [path.join(work, 'snapshot-a'), path.join(work, 'snapshot-b'), path.join(work, 'snapshot-c')]
const [buildA, incremental, full, figuresOnly] = ['a', 'b-incremental', 'b-full', 'c-incremental'].map((name) => path.join(work, name))
const GOAL = 'goal-2-kasseika'
const NEW_TITLE = '活力あるまち（インクリメンタル確認）'
let kpiKey = ''
let built: ReleaseBuild
let builtC: ReleaseBuild
let furiganaAfterA: string[] = []
let furiganaAfterB: string[] = []
/** The texts in the furigana cache of the builds' cache folder. */
const furiganaTexts = () =>
  (JSON.parse(readFileSync(path.join(work, 'cache', 'keikaku-furigana.json'), 'utf8')) as { entries: Array<[string, unknown]> }).entries.map(([text]) => text)

beforeAll(async () => {
  await exec('npx', ['tsx', path.join(ROOT, 'scripts', 'fixture-snapshot.ts'), snapshotA], { cwd: ROOT })
  cpSync(snapshotA, snapshotB, { recursive: true })
  cpSync(snapshotA, snapshotC, { recursive: true })
  const edit = <T>(name: string, change: (records: T[]) => void, snapshot = snapshotB) => {
    const file = path.join(snapshot, `${name}.json`)
    const records = JSON.parse(readFileSync(file, 'utf8')) as T[]
    change(records)
    writeFileSync(file, JSON.stringify(records, null, 2))
  }
  edit<{ key: string; actuals: Array<{ value: number }> }>('kpis', (kpis) => {
    const kpi = kpis.find((k) => k.actuals.length > 0)!
    kpiKey = kpi.key
    kpi.actuals.at(-1)!.value += 7
  })
  edit<{ key: string; title: { ja: string } }>('goals', (goals) => {
    goals.find((g) => g.key === GOAL)!.title.ja = NEW_TITLE
  })
  // C: a KPI's figure alone, which no indexed text shows.
  edit<{ key: string; actuals: Array<{ value: number }> }>('kpis', (kpis) => void (kpis.find((k) => k.key === kpiKey)!.actuals.at(-1)!.value += 3), snapshotC)
  // As a publish builds: with a cache folder (furigana, images) that its builds share.
  const options = { cacheDir: path.join(work, 'cache') }
  await buildRelease(snapshotA, readSnapshot(snapshotA), buildA, null, options)
  furiganaAfterA = furiganaTexts()
  built = await buildRelease(snapshotB, readSnapshot(snapshotB), incremental, buildA, options)
  furiganaAfterB = furiganaTexts()
  builtC = await buildRelease(snapshotC, readSnapshot(snapshotC), figuresOnly, buildA, options)
  await buildRelease(snapshotB, readSnapshot(snapshotB), full, null, options)
}, 600_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('incremental build', () => {
  it('keeps the furigana of the pages it did not render for the next publish, and adds those of its new texts', () => {
    expect(furiganaAfterA.length).toBeGreaterThan(100)
    expect(furiganaAfterB).toEqual(expect.arrayContaining(furiganaAfterA))
    expect(furiganaAfterB.some((text) => text.includes(NEW_TITLE))).toBe(true)
  })

  it('renders only the pages the change affects and reuses the rest as hard links', () => {
    expect(built, built.mode === 'full' ? built.reason : '').toMatchObject({ mode: 'incremental', changed: [`goals/${GOAL}`, `kpis/${kpiKey}`].sort() })
    if (built.mode !== 'incremental') return
    expect(built.reused).toBeGreaterThan(50)
    expect(built.rendered).toContain(`goals/${GOAL}/index.html`)
    expect(built.rendered).toContain(`en/kpis/${kpiKey}/index.html`)
    const rendered = new Set(built.rendered)
    const reused = files(incremental).find((f) => f.endsWith('index.html') && !rendered.has(f) && !/^(pagefind|\.keikaku)\//.test(f))!
    expect(statSync(path.join(incremental, reused)).ino).toBe(statSync(path.join(buildA, reused)).ino)
    // Its search document too: the index reads the previous build's, not one prepared again.
    const doc = `${SEARCH_DOCS_DIR}/${reused}`
    expect(statSync(path.join(incremental, doc)).ino).toBe(statSync(path.join(buildA, doc)).ino)
    expect(readFileSync(path.join(incremental, `goals/${GOAL}/index.html`), 'utf8')).toContain('インクリメンタル確認')
  })

  it('keeps the previous search index, as links, when only figures changed, and writes a new one otherwise', () => {
    expect(builtC).toMatchObject({ mode: 'incremental', changed: [`kpis/${kpiKey}`] })
    expect(readFileSync(path.join(figuresOnly, `kpis/${kpiKey}/index.html`), 'utf8')).not.toBe(
      readFileSync(path.join(buildA, `kpis/${kpiKey}/index.html`), 'utf8'),
    )
    const index = files(buildA).filter((f) => f.startsWith('pagefind/'))
    expect(index.length).toBeGreaterThan(10)
    expect(index.filter((f) => statSync(path.join(figuresOnly, f)).ino !== statSync(path.join(buildA, f)).ino)).toEqual([])
    expect(files(figuresOnly).filter((f) => f.startsWith('pagefind/'))).toEqual(index)
    // B changed a goal's title: its index is Pagefind's own, written anew.
    expect(readFileSync(path.join(incremental, 'pagefind/pagefind-entry.json'), 'utf8')).not.toBe(
      readFileSync(path.join(buildA, 'pagefind/pagefind-entry.json'), 'utf8'),
    )
  })

  it('is byte for byte the full build of the same snapshot, search index included', () => {
    const listed = files(incremental)
    expect(listed).toEqual(files(full))
    const different = listed.filter((f) => !readFileSync(path.join(incremental, f)).equals(readFileSync(path.join(full, f))))
    expect(different).toEqual([])
  })
})
