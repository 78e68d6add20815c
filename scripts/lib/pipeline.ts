import type { Payload } from 'payload'
import { ROOT } from './env.ts'
import { run } from './run.ts'

/** Exports the published content as a snapshot folder (validated; throws naming document and field). */
export async function exportTo(payload: Payload, dir: string): Promise<void> {
  const { writeExport } = await import('@keikaku/cms/snapshot/writeExport')
  await writeExport(payload, dir)
}

/**
 * Builds the static site (Astro + Pagefind) from a snapshot folder into `outDir` (default site/dist).
 * `cacheDir` keeps Astro's optimized images between builds, outside the per-build folders.
 */
export async function buildSite(snapshotDir: string, outDir?: string, { cacheDir }: { cacheDir?: string } = {}): Promise<void> {
  await run('npm', ['run', 'build', '-w', '@keikaku/site'], {
    cwd: ROOT,
    env: {
      ...process.env,
      KEIKAKU_SNAPSHOT_DIR: snapshotDir,
      ...(outDir ? { KEIKAKU_OUT_DIR: outDir } : {}),
      ...(cacheDir ? { KEIKAKU_CACHE_DIR: cacheDir } : {}),
    },
  })
}
