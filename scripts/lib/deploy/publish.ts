import { rmSync } from 'node:fs'
import path from 'node:path'
import { countRecords } from '@keikaku/content-schemas'
import { readSnapshot } from '@keikaku/content-schemas/io'
import { resolveSiteLocation } from '../../../site/src/env.ts'
import { buildSite } from '../pipeline.ts'
import { afterBuild } from './after-build.ts'
import { checkBuild } from './check-build.ts'
import { Releases } from './releases.ts'
import { targetFromEnv, type DeployTarget } from './targets.ts'

export interface PublishResult {
  build: string
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
}

/**
 * Builds a snapshot into a fresh folder, checks it (schemas, a page per record, internal links), and only then
 * switches it live in one step. Anything that fails leaves the live site exactly as it was.
 */
export async function publishSnapshot(snapshotDir: string, { root, keep = 5, target = targetFromEnv() }: PublishOptions): Promise<PublishResult> {
  const started = performance.now()
  const since = (t: number) => Number(((performance.now() - t) / 1000).toFixed(2))
  const snapshot = readSnapshot(snapshotDir)
  const releases = new Releases(root)
  const { id, dir } = releases.newBuildDir()
  try {
    const buildStarted = performance.now()
    // Publishes run one at a time (the job's concurrency key); previews have caches of their own.
    await buildSite(snapshotDir, dir, { cacheDir: path.join(root, 'cache', 'publish') })
    const build = since(buildStarted)

    const { base } = resolveSiteLocation(snapshot.settings.baseUrl)
    const after = await afterBuild(dir, base, snapshot)

    const checkStarted = performance.now()
    const problems = checkBuild(dir, snapshot, base)
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
    return { build: id, records: countRecords(snapshot), seconds: { build, ...after.seconds, check, total: since(started) }, pdfs: after.pdfs, target: target.describe() }
  } catch (error) {
    if (releases.live() !== id) rmSync(dir, { recursive: true, force: true })
    throw error
  }
}

