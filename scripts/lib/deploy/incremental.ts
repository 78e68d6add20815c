import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { affectedRecords, COLLECTION_NAMES, compareSnapshots, recordId, type Snapshot } from '@keikaku/content-schemas'
import { ROOT } from '../env.ts'
import { BUILD_STATE_DIR, NON_PAGE_DIRS, READINGS_FILE, recordOfPage } from '../../../site/src/lib/incremental.ts'
import type { PageReadings, SearchInput } from '../../../site/src/integrations/pagefind.ts'
import { filesUnder } from '../files.ts'

/** Kept in each build's state folder: what the next publish compares against. */
const SNAPSHOT_FILE = `${BUILD_STATE_DIR}/snapshot.json`
const BUILD_FILE = `${BUILD_STATE_DIR}/build.json`

export interface BuildState {
  /** siteSourceHash() of the code that built it. */
  source: string
}

/** A change of more than this share of the records is built in full (a large import, a bulk edit). */
export const MAX_CHANGED_SHARE = 0.3
/** When nearly every record's pages are affected anyway (a plan's title), a full build costs no more. */
export const MAX_AFFECTED_SHARE = 0.9

export type BuildPlan = { mode: 'full'; reason: string } | { mode: 'incremental'; previous: string; changed: string[]; affected: Set<string>; skip: string[] }

/**
 * A fingerprint of everything that shapes the built site besides the snapshot: the site's code and templates, the
 * contract, the pipeline's post-processing and the installed packages. Any change forces a full build.
 */
export function siteSourceHash(): string {
  const hash = createHash('sha256')
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else hash.update(path.relative(ROOT, full)).update(readFileSync(full))
    }
  }
  for (const dir of ['site/src', 'content-schemas/src', 'scripts/lib/deploy']) walk(path.join(ROOT, dir))
  for (const file of ['package-lock.json', 'site/astro.config.ts', 'site/package.json']) hash.update(file).update(readFileSync(path.join(ROOT, file)))
  return hash.digest('hex')
}

/**
 * Decides between a full build and an incremental one on top of `previousDir` (the live build): incremental when
 * the previous build was made by the same code, kept its snapshot, at most MAX_CHANGED_SHARE of the records changed
 * since then, and they do not affect nearly all pages (derived from the snapshot's references, see affectedRecords).
 */
export function planBuild(snapshot: Snapshot, previousDir: string | null, source: string): BuildPlan {
  if (!previousDir) return { mode: 'full', reason: 'no previous build' }
  const state = readJson<BuildState>(path.join(previousDir, BUILD_FILE))
  const before = readJson<Snapshot>(path.join(previousDir, SNAPSHOT_FILE))
  if (!state || !before) return { mode: 'full', reason: 'the previous build kept no snapshot' }
  if (state.source !== source) return { mode: 'full', reason: 'the site code changed' }
  const { changed, needsFullBuild } = compareSnapshots(before, snapshot)
  if (needsFullBuild) return { mode: 'full', reason: needsFullBuild }
  const all = COLLECTION_NAMES.flatMap((c) => snapshot[c].map((r) => recordId(c, r.key)))
  if (changed.length > all.length * MAX_CHANGED_SHARE) return { mode: 'full', reason: `${changed.length} of ${all.length} records changed` }
  const affected = affectedRecords(snapshot, changed)
  if (affected.size > all.length * MAX_AFFECTED_SHARE) return { mode: 'full', reason: `${affected.size} of ${all.length} records affected` }
  return { mode: 'incremental', previous: previousDir, changed, affected, skip: all.filter((id) => !affected.has(id)) }
}

/** Keeps in a finished build what the next publish needs to build incrementally on top of it. */
export function writeBuildState(dir: string, snapshot: Snapshot, source: string): void {
  mkdirSync(path.join(dir, BUILD_STATE_DIR), { recursive: true })
  writeFileSync(path.join(dir, SNAPSHOT_FILE), JSON.stringify(snapshot))
  writeFileSync(path.join(dir, BUILD_FILE), JSON.stringify({ source } satisfies BuildState))
}

export interface Reused {
  /** Page files (relative) taken from the previous build. */
  reused: string[]
  /** Page files rendered in this build. */
  rendered: string[]
  /**
   * Rendered files whose bytes differ from the previous build's (or that it lacks): only they need the browser
   * checks again, since the code that styles and scripts them is the same (the source hash).
   */
  differing: string[]
  /** What the search index reads: every page, with the readings of reused pages carried over. */
  search: SearchInput
  /** The pages the previous build's index read. */
  previousPages: string[]
}

/** The rendered files of a build: its pages and data files, not its assets, state or PDFs (printed after the build). */
const renderedFiles = (dir: string) => filesUnder(dir, { except: NON_PAGE_DIRS }).filter((file) => !file.endsWith('.pdf'))

/**
 * Links into an incremental build (`dir`, what Astro rendered) the previous build's files of every record it skipped
 * (`skipped`, record ids: their pages, their data files; `reusable` lists them when the caller has already), so the
 * new build is a complete folder of its own; a hard link, or a copy across filesystems: a build's files are never
 * written after it went live, so sharing them is safe. Also brings the built assets (_astro/) that only skipped pages
 * use. Throws when a skipped record's page is in neither build (the routes and the dependency map disagree), and the
 * caller builds in full.
 */
export function reuseUnchanged(dir: string, previousDir: string, skipped: readonly string[], reusable = reusableFiles(previousDir, new Set(skipped))): Reused {
  const rendered = renderedFiles(dir)
  const differing = rendered.filter((file) => !sameBytes(path.join(dir, file), path.join(previousDir, file)))
  const reused: string[] = []
  for (const file of reusable) {
    const to = path.join(dir, file)
    if (existsSync(to)) continue // rendered anyway
    linkFile(path.join(previousDir, file), to)
    reused.push(file)
  }
  for (const id of skipped) {
    if (recordOfPage(`${id}/`) === id && !existsSync(path.join(dir, id, 'index.html')))
      throw new Error(`Incremental build: the page of ${id} was skipped but the previous build has none`)
  }
  const assets = path.join(previousDir, '_astro')
  if (existsSync(assets)) {
    for (const name of readdirSync(assets)) {
      const to = path.join(dir, '_astro', name)
      if (!existsSync(to)) linkFile(path.join(assets, name), to)
    }
  }
  const previous = readJson<SearchInput>(path.join(previousDir, READINGS_FILE))
  const current = readJson<SearchInput>(path.join(dir, READINGS_FILE))
  if (!previous || !current) throw new Error(`Incremental build: ${READINGS_FILE} is missing`)
  const readings: PageReadings = { ...current.readings }
  for (const file of reused) if (previous.readings[file]) readings[file] = previous.readings[file]
  const pages = [...new Set([...current.pages, ...reused.filter((file) => file.endsWith('.html'))])].sort()
  const search = { pages, readings: Object.fromEntries(Object.entries(readings).sort(([a], [b]) => (a < b ? -1 : 1))) }
  writeFileSync(path.join(dir, READINGS_FILE), JSON.stringify(search))
  return { reused, rendered, differing, search, previousPages: previous.pages }
}

/** The files of a build (relative) that belong to the given records: their pages and data files, not the PDFs. */
export function reusableFiles(buildDir: string, records: ReadonlySet<string>): string[] {
  return renderedFiles(buildDir).filter((file) => records.has(recordOfPage(file) ?? ''))
}

/** Whether file `b` exists and holds the same bytes as `a`. */
export function sameBytes(a: string, b: string): boolean {
  if (!existsSync(b) || statSync(a).size !== statSync(b).size) return false
  return readFileSync(a).equals(readFileSync(b))
}

/** Links every file under `from` into `to` (linkFile), but those `keep` declines. */
export function linkFolder(from: string, to: string, keep: (file: string) => boolean = () => true): void {
  for (const file of filesUnder(from)) if (keep(file)) linkFile(path.join(from, file), path.join(to, file))
}

/** A hard link, or a copy where the filesystem has none. */
export function linkFile(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true })
  try {
    linkSync(from, to)
  } catch (error) {
    if (!['EXDEV', 'EPERM', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error
    copyFileSync(from, to)
  }
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T
  } catch {
    return null
  }
}
