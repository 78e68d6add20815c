import { rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { countRecords } from '@keikaku/content-schemas'
import { readSnapshot } from '@keikaku/content-schemas/io'
import { resolveSiteLocation } from '../../../site/src/env.ts'
import { afterBuild, pageCacheDir, reprintStale } from './after-build.ts'
import { buildRelease } from './build-release.ts'
import { checkBuild, type BuildProblem } from './check-build.ts'
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
  /**
   * `live`: from the start to the new pages being live. When PDFs stood in (`reprinted`), the editions are printed
   * after that and go live in a second switch, within `total`.
   */
  seconds: { build: number; print: number; a11y: number; check: number; live: number; afterSwitch?: number; total: number }
  /** What was made after the switch (AfterSwitch): until `total`, the live site offered the previous release's. */
  afterSwitch?: AfterSwitch
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
  /** Called once the new pages are live, with what is still to be made after the switch. */
  onLive?: (build: string, pending: AfterSwitch) => void | Promise<void>
}

/** The parts of a release made after its pages went live: the search index, and the PDFs of changed print editions. */
export interface AfterSwitch {
  searchIndex: boolean
  pdfs: string[]
}

/**
 * Builds a snapshot into a fresh folder, checks it (schemas, a page per record, internal links), and only then
 * switches it live in one step. Anything that fails leaves the live site exactly as it was.
 * The slow parts that only derive from the pages wait until after the switch when the live site has a previous
 * version of them (AfterSwitch): an incremental build's search index (Pagefind writes the whole index again for any
 * change), and a changed print edition's PDF (the new pages offer the previous release's, its size shown as it
 * is). Then a copy of the build with them goes through the same checks and switch, and replaces the intermediate
 * build (a rollback returns to the release before this publish). If that fails, the site stays live with the
 * previous index and PDFs, the publish reports the failure, and the next publish makes them.
 */
export async function publishSnapshot(
  snapshotDir: string,
  { root, keep = 5, target = targetFromEnv(), build: how = 'auto', onLive }: PublishOptions,
): Promise<PublishResult> {
  const releases = new Releases(root)
  return releases.exclusively(async () => {
    const started = performance.now()
    const since = (t: number) => Number(((performance.now() - t) / 1000).toFixed(2))
    const snapshot = readSnapshot(snapshotDir)
    const { id, dir } = releases.newBuildDir()
    try {
      const buildStarted = performance.now()
      const live = releases.live()
      // Publishes run one at a time (the site's lock); previews have caches of their own.
      const built = await buildRelease(snapshotDir, snapshot, dir, live && how === 'auto' ? releases.dirOf(live) : null, {
        cacheDir: path.join(root, 'cache', 'publish'),
        deferIndex: true,
      })
      const build = since(buildStarted)
      const writeDeferredIndex = built.mode === 'incremental' ? built.writeDeferredIndex : undefined
      const reuse = built.mode === 'incremental' ? { previous: built.previous, rendered: built.rendered, differing: built.differing } : undefined

      const { base } = resolveSiteLocation(snapshot.settings.baseUrl)
      const cacheDir = pageCacheDir(root)
      const after = await afterBuild(dir, base, snapshot, { reuse, cacheDir, defer: live ? releases.dirOf(live) : undefined })

      const checkStarted = performance.now()
      assertChecked(checkBuild(dir, snapshot, base, reuse?.rendered))
      const check = since(checkStarted)
      await goLive(releases, id, target)
      const liveAt = since(started)
      const pending: AfterSwitch = {
        searchIndex: writeDeferredIndex !== undefined,
        pdfs: after.pdfs.filter((p) => p.stale).map((p) => p.file),
      }
      await onLive?.(id, pending)

      let liveBuild = id
      let pdfs = after.pdfs
      let afterSwitch: number | undefined
      if (pending.searchIndex || pending.pdfs.length > 0) {
        const refreshStarted = performance.now()
        let next: { id: string; dir: string } | undefined
        try {
          next = releases.linkedCopy(id)
          if (writeDeferredIndex) await writeDeferredIndex(next.dir)
          if (pending.pdfs.length > 0) {
            const reprinted = await reprintStale(next.dir, base, snapshot, pending.pdfs, { cacheDir })
            assertChecked(checkBuild(next.dir, snapshot, base, reprinted.pages), 'they did not go live')
          }
          await goLive(releases, next.id, target)
        } catch (error) {
          if (next) releases.remove(next.id)
          const what = [pending.searchIndex && 'its search index', pending.pdfs.length > 0 && `its print editions (${pending.pdfs.join(', ')})`].filter(Boolean)
          throw new Error(
            `The site is live (build ${id}), but ${what.join(' and ')} could not be made: they are still the previous release's, and the next publish makes them.\n${(error as Error).message}`,
            { cause: error },
          )
        }
        releases.remove(id)
        liveBuild = next.id
        pdfs = after.pdfs.map((p) => ({ file: p.file, bytes: statSync(path.join(next.dir, p.file)).size }))
        afterSwitch = since(refreshStarted)
      }
      releases.prune(keep)
      const made =
        built.mode === 'incremental'
          ? { mode: built.mode, rendered: built.rendered.length, differing: built.differing.length }
          : { mode: built.mode, reason: built.reason }
      return {
        build: liveBuild,
        ...made,
        records: countRecords(snapshot),
        seconds: { build, ...after.seconds, check, live: liveAt, ...(afterSwitch === undefined ? {} : { afterSwitch }), total: since(started) },
        pdfs,
        ...(afterSwitch === undefined ? {} : { afterSwitch: pending }),
        target: target.describe(),
      }
    } catch (error) {
      if (releases.live() !== id) rmSync(dir, { recursive: true, force: true })
      throw error
    }
  })
}

function assertChecked(problems: BuildProblem[], outcome = 'the live site is unchanged'): void {
  if (problems.length === 0) return
  const shown = problems.slice(0, 20).map((p) => `  ${p.page}: ${p.message}`)
  throw new Error(`The build failed its checks (${problems.length} problems); ${outcome}:\n${shown.join('\n')}`)
}

/** Marks a checked build complete, switches it live and deploys it; if the deploy fails, the previous build is live again. */
async function goLive(releases: Releases, id: string, target: DeployTarget): Promise<void> {
  releases.markComplete(id)
  const previous = releases.live()
  releases.switchTo(id)
  try {
    await target.deploy(releases.dirOf(id))
  } catch (error) {
    // The remote copy did not take it: the local live site goes back too, so both say the same.
    if (previous) releases.switchTo(previous)
    throw error
  }
}
