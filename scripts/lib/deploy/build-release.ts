import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { Snapshot } from '@keikaku/content-schemas'
import { writeSearchDocs, writeSearchIndex } from '../../../site/src/integrations/pagefind.ts'
import { buildSite } from '../pipeline.ts'
import { pageOf } from './a11y.ts'
import { linkFolder, planBuild, reusableFiles, reuseUnchanged, siteSourceHash, writeBuildState } from './incremental.ts'
import { SEARCH_INDEX_DIR } from '../../../site/src/lib/incremental.ts'

export type ReleaseBuild =
  | { mode: 'full'; reason: string }
  | {
      mode: 'incremental'
      previous: string
      changed: string[]
      affected: Set<string>
      rendered: string[]
      differing: string[]
      reused: number
      /**
       * Present when the previous build's index stands in (`deferIndex`): writes this build's search documents and
       * index into a copy of it (after the switch).
       */
      writeDeferredIndex?: (copy: string) => Promise<void>
    }

/**
 * Builds a snapshot into `dir`: incrementally on top of `previousDir` (the live build) when only a few records
 * changed and the code is the same (see planBuild), else in full. Either way `dir` ends up a complete build of its
 * own with its state for the next publish. An incremental build that cannot be completed falls back to a full one.
 * With `deferIndex`, an incremental build links the previous build's search index instead of writing its own (a
 * publish writes it after the switch: on a large plan Pagefind writes its whole index again, ~8 s, for any change),
 * and the search documents it is made from with it (on that plan ~2 s, most of them links to the previous build's).
 */
export async function buildRelease(
  snapshotDir: string,
  snapshot: Snapshot,
  dir: string,
  previousDir: string | null,
  { cacheDir, deferIndex = false }: { cacheDir?: string; deferIndex?: boolean } = {},
): Promise<ReleaseBuild> {
  const source = siteSourceHash()
  const plan = planBuild(snapshot, previousDir, source)
  if (plan.mode === 'incremental') {
    try {
      const reusable = reusableFiles(plan.previous, new Set(plan.skip))
      const pages = reusable.filter((file) => file.endsWith('.html')).map(pageOf)
      await buildSite(snapshotDir, dir, { cacheDir, skip: { records: plan.skip, pages } })
      const { reused, rendered, differing, search, previousPages } = reuseUnchanged(dir, plan.previous, plan.skip, reusable)
      const previousIndex = path.join(plan.previous, SEARCH_INDEX_DIR)
      // A change that no indexed text shows (a KPI's figures) leaves every search document as it was: the previous
      // build's index is this one's, and Pagefind (about 6 s on a 5,000-page plan) is not run.
      const writeIndex = async (into: string) => {
        const same = await writeSearchDocs(into, search.pages, search.readings, { from: plan.previous, files: new Set(reused), pages: previousPages })
        const index = path.join(into, SEARCH_INDEX_DIR)
        if (!same || !existsSync(previousIndex)) {
          await writeSearchIndex(into, { cacheDir })
          return
        }
        rmSync(index, { recursive: true, force: true })
        linkFolder(previousIndex, index)
      }
      const defer = deferIndex && existsSync(previousIndex)
      if (defer) linkFolder(previousIndex, path.join(dir, SEARCH_INDEX_DIR))
      else await writeIndex(dir)
      writeBuildState(dir, snapshot, source)
      return {
        mode: 'incremental',
        previous: plan.previous,
        changed: plan.changed,
        affected: plan.affected,
        rendered,
        differing,
        reused: reused.length,
        ...(defer ? { writeDeferredIndex: writeIndex } : {}),
      }
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
