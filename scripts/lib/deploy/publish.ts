import { rmSync } from 'node:fs'
import path from 'node:path'
import { countRecords } from '@keikaku/content-schemas'
import { readSnapshot } from '@keikaku/content-schemas/io'
import { resolveSiteLocation } from '../../../site/src/env.ts'
import { afterBuild, pageCacheDir } from './after-build.ts'
import { buildRelease } from './build-release.ts'
import { checkBuild } from './check-build.ts'
import { Releases } from './releases.ts'
import { targetFromEnv, type DeployTarget } from './targets.ts'

export interface PublishResult {
  build: string
  /** How it was built: `incremental` (pages of affected records rendered, the rest reused) or `full`, and why. */
  mode: 'full' | 'incremental'
  reason?: string
  /** Incremental: files rendered in this build, and how many of them differ from the previous build's. */
  rendered?: number
  differing?: number
  records: number
  seconds: { build: number; print: number; a11y: number; check: number; total: number }
  pdfs: { file: string; bytes: number }[]
  target: string
}

export interface PublishOptions {
  /** Holds builds/ and the live link (default var/site). */
  root: string
  /** Complete builds kept for rollback. */
  keep?: number
  target?: DeployTarget
  /** `full` builds every page even when an incremental build could (the benchmark compares both). */
  build?: 'auto' | 'full'
}

/**
 * Builds a snapshot into a fresh folder, checks it (schemas, a page per record, internal links), and only then
 * switches it live in one step. Anything that fails leaves the live site exactly as it was.
 */
export async function publishSnapshot(
  snapshotDir: string,
  { root, keep = 5, target = targetFromEnv(), build: how = 'auto' }: PublishOptions,
): Promise<PublishResult> {
  const started = performance.now()
  const since = (t: number) => Number(((performance.now() - t) / 1000).toFixed(2))
  const snapshot = readSnapshot(snapshotDir)
  const releases = new Releases(root)
  const { id, dir } = releases.newBuildDir()
  try {
    const buildStarted = performance.now()
    const live = releases.live()
    // Publishes run one at a time (the job's concurrency key); previews have caches of their own.
    const built = await buildRelease(snapshotDir, snapshot, dir, live && how === 'auto' ? releases.dirOf(live) : null, {
      cacheDir: path.join(root, 'cache', 'publish'),
    })
    const build = since(buildStarted)
    const reuse = built.mode === 'incremental' ? { previous: built.previous, rendered: built.rendered, differing: built.differing } : undefined

    const { base } = resolveSiteLocation(snapshot.settings.baseUrl)
    const after = await afterBuild(dir, base, snapshot, { reuse, cacheDir: pageCacheDir(root) })

    const checkStarted = performance.now()
    const problems = checkBuild(dir, snapshot, base, reuse?.rendered)
    if (problems.length > 0) {
      const shown = problems.slice(0, 20).map((p) => `  ${p.page}: ${p.message}`)
      throw new Error(`The build failed its checks (${problems.length} problems); the live site is unchanged:\n${shown.join('\n')}`)
    }
    const check = since(checkStarted)

    releases.markComplete(id)
    const previous = releases.live()
    releases.switchTo(id)
    try {
      await target.deploy(dir)
    } catch (error) {
      // The remote copy did not take it: the local live site goes back too, so both say the same.
      if (previous) releases.switchTo(previous)
      throw error
    }
    releases.prune(keep)
    const made =
      built.mode === 'incremental'
        ? { mode: built.mode, rendered: built.rendered.length, differing: built.differing.length }
        : { mode: built.mode, reason: built.reason }
    return {
      build: id,
      ...made,
      records: countRecords(snapshot),
      seconds: { build, ...after.seconds, check, total: since(started) },
      pdfs: after.pdfs,
      target: target.describe(),
    }
  } catch (error) {
    if (releases.live() !== id) rmSync(dir, { recursive: true, force: true })
    throw error
  }
}
