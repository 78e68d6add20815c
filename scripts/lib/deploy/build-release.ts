import { rmSync } from 'node:fs'
import type { Snapshot } from '@keikaku/content-schemas'
import { writeSearchDocs, writeSearchIndex } from '../../../site/src/integrations/pagefind.ts'
import { buildSite } from '../pipeline.ts'
import { pageOf } from './a11y.ts'
import { planBuild, reusableFiles, reuseUnchanged, siteSourceHash, writeBuildState } from './incremental.ts'

export type ReleaseBuild =
  | { mode: 'full'; reason: string }
  | { mode: 'incremental'; previous: string; changed: string[]; affected: Set<string>; rendered: string[]; differing: string[]; reused: number }

/**
 * Builds a snapshot into `dir`: incrementally on top of `previousDir` (the live build) when only a few records
 * changed and the code is the same (see planBuild), else in full. Either way `dir` ends up a complete build of its
 * own with its state for the next publish. An incremental build that cannot be completed falls back to a full one.
 */
export async function buildRelease(
  snapshotDir: string,
  snapshot: Snapshot,
  dir: string,
  previousDir: string | null,
  { cacheDir }: { cacheDir?: string } = {},
): Promise<ReleaseBuild> {
  const source = siteSourceHash()
  const plan = planBuild(snapshot, previousDir, source)
  if (plan.mode === 'incremental') {
    try {
      const reusable = reusableFiles(plan.previous, new Set(plan.skip))
      const pages = reusable.filter((file) => file.endsWith('.html')).map(pageOf)
      await buildSite(snapshotDir, dir, { cacheDir, skip: { records: plan.skip, pages } })
      const { reused, rendered, differing, search } = reuseUnchanged(dir, plan.previous, plan.skip, reusable)
      await writeSearchDocs(dir, search.pages, search.readings, { from: plan.previous, files: new Set(reused) })
      await writeSearchIndex(dir)
      writeBuildState(dir, snapshot, source)
      return { mode: 'incremental', previous: plan.previous, changed: plan.changed, affected: plan.affected, rendered, differing, reused: reused.length }
    } catch (error) {
      console.warn(`Incremental build failed, building in full: ${(error as Error).message}`)
      rmSync(dir, { recursive: true, force: true })
      await buildSite(snapshotDir, dir, { cacheDir })
      writeBuildState(dir, snapshot, source)
      return { mode: 'full', reason: `incremental build failed: ${(error as Error).message}` }
    }
  }
  await buildSite(snapshotDir, dir, { cacheDir })
  writeBuildState(dir, snapshot, source)
  return plan
}
