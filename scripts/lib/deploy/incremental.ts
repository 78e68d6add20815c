import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { affectedRecords, COLLECTION_NAMES, compareSnapshots, recordId, type Snapshot } from '@keikaku/content-schemas'
import { ROOT } from '../env.ts'
import { BUILD_STATE_DIR, READINGS_FILE, SKIPPED_PAGE } from '../../../site/src/lib/incremental.ts'
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
}

/**
 * Puts the previous build's file in place of every page an incremental build skipped (SKIPPED_PAGE), as a hard link
 * (a copy across filesystems), so the new build is a complete folder of its own; a build's files are never written
 * after it went live, so sharing them is safe. Also brings the built assets (_astro/) that only skipped pages use.
 * Throws when the previous build lacks a skipped page: the dependency map and the routes disagree, and the caller
 * builds in full.
 */
export function reuseUnchanged(dir: string, previousDir: string): Reused {
  const reused: string[] = []
  const rendered: string[] = []
  const differing: string[] = []
  for (const file of filesUnder(dir)) {
    if (file.startsWith(`${BUILD_STATE_DIR}/`) || file.startsWith('_astro/') || file.startsWith('pagefind/')) continue
    const full = path.join(dir, file)
    const from = path.join(previousDir, file)
    if (statSync(full).size !== Buffer.byteLength(SKIPPED_PAGE) || readFileSync(full, 'utf8') !== SKIPPED_PAGE) {
      rendered.push(file)
      if (!sameBytes(full, from)) differing.push(file)
      continue
    }
    if (!existsSync(from)) throw new Error(`Incremental build: ${file} was skipped but the previous build has no such file`)
    rmSync(full)
    linkFile(from, full)
    reused.push(file)
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
  const search = { pages: current.pages, readings: Object.fromEntries(Object.entries(readings).sort(([a], [b]) => (a < b ? -1 : 1))) }
  writeFileSync(path.join(dir, READINGS_FILE), JSON.stringify(search))
  return { reused, rendered, differing, search }
}

/** Whether file `b` exists and holds the same bytes as `a`. */
export function sameBytes(a: string, b: string): boolean {
  if (!existsSync(b) || statSync(a).size !== statSync(b).size) return false
  return readFileSync(a).equals(readFileSync(b))
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
