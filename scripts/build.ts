/**
 * `npm run build`: the whole public site from the CMS. Creates, migrates and seeds the embedded database when
 * there is none, exports the published content as a snapshot, then builds and indexes the site into site/dist.
 */
import { loadCmsEnv, ROOT, SNAPSHOT_DIR } from './lib/env.ts'
import { prepareDatabase, withCms } from './lib/cms.ts'
import { buildSite, exportTo } from './lib/pipeline.ts'
import path from 'node:path'

loadCmsEnv()
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`
const started = performance.now()

await withCms(async (payload) => {
  await prepareDatabase(payload)
  const step = performance.now()
  await exportTo(payload, SNAPSHOT_DIR)
  console.log(`Snapshot exported to ${SNAPSHOT_DIR} in ${seconds(step)}`)
})
const step = performance.now()
await buildSite(SNAPSHOT_DIR)
console.log(`Site built into ${path.join(ROOT, 'site', 'dist')} in ${seconds(step)} (total ${seconds(started)})`)
process.exit(0)
