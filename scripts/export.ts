/** `npm run export`: writes the published content as a validated snapshot (default ./snapshot). */
import { cpSync } from 'node:fs'
import path from 'node:path'
import { loadCmsEnv, SNAPSHOT_DIR } from './lib/env.ts'

loadCmsEnv()
const { getPayloadClient } = await import('@keikaku/cms/getPayloadClient')
const { exportSnapshot } = await import('@keikaku/cms/snapshot/exportSnapshot')
const { snapshotMediaDir, writeSnapshot } = await import('@keikaku/content-schemas/io')

const dir = path.resolve(process.argv[2] ?? SNAPSHOT_DIR)
const payload = await getPayloadClient()
const started = performance.now()
try {
  const { snapshot, mediaFiles } = await exportSnapshot(payload)
  writeSnapshot(dir, snapshot)
  for (const file of mediaFiles) cpSync(file.source, path.join(snapshotMediaDir(dir), file.path))
  const counts = Object.entries(snapshot)
    .filter(([, v]) => Array.isArray(v))
    .map(([k, v]) => `${k} ${(v as unknown[]).length}`)
    .join(', ')
  console.log(`Exported to ${dir} in ${((performance.now() - started) / 1000).toFixed(2)} s: ${counts}`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit()
