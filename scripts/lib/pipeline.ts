import { cpSync, rmSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from './env.ts'
import { run } from './run.ts'

/** Exports the published content as a snapshot folder (validated; throws naming document and field). */
export async function exportTo(dir: string): Promise<void> {
  const { getPayloadClient } = await import('@keikaku/cms/getPayloadClient')
  const { exportSnapshot } = await import('@keikaku/cms/snapshot/exportSnapshot')
  const { snapshotMediaDir, writeSnapshot } = await import('@keikaku/content-schemas/io')
  const payload = await getPayloadClient()
  try {
    const { snapshot, mediaFiles } = await exportSnapshot(payload)
    rmSync(snapshotMediaDir(dir), { recursive: true, force: true })
    writeSnapshot(dir, snapshot)
    for (const file of mediaFiles) cpSync(file.source, path.join(snapshotMediaDir(dir), file.path))
  } finally {
    await payload.destroy()
  }
}

/** Builds the static site (Astro + Pagefind) from a snapshot folder into `outDir` (default site/dist). */
export async function buildSite(snapshotDir: string, outDir?: string): Promise<void> {
  await run('npm', ['run', 'build', '-w', '@keikaku/site'], {
    cwd: ROOT,
    env: { ...process.env, KEIKAKU_SNAPSHOT_DIR: snapshotDir, ...(outDir ? { KEIKAKU_OUT_DIR: outDir } : {}) },
  })
}
