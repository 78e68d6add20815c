/** `npm run export [dir]`: writes the published content as a validated snapshot (default ./snapshot). */
import path from 'node:path'
import { loadCmsEnv, SNAPSHOT_DIR } from './lib/env.ts'
import { withCms } from './lib/cms.ts'
import { exportTo } from './lib/pipeline.ts'

loadCmsEnv()
const dir = path.resolve(process.argv[2] ?? SNAPSHOT_DIR)
const started = performance.now()
try {
  await withCms((payload) => exportTo(payload, dir))
  console.log(`Exported to ${dir} in ${((performance.now() - started) / 1000).toFixed(2)} s`)
} catch (error) {
  // A SnapshotValidationError lists every document key and field at fault.
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
process.exit()
