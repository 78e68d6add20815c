/**
 * `npm run build`: the whole public site from the CMS. Creates, migrates and seeds the embedded database when
 * there is none, exports the published content as a snapshot, then builds and indexes the site into site/dist.
 */
import { loadCmsEnv, ROOT, SITE_ROOT, SNAPSHOT_DIR } from './lib/env.ts'
import { prepareDatabase, withCms } from './lib/cms.ts'
import { buildSite, exportTo } from './lib/pipeline.ts'
import { afterBuild, pageCacheDir } from './lib/deploy/after-build.ts'
import { readSnapshot } from '@keikaku/content-schemas/io'
import { outDir, resolveSiteLocation } from '../site/src/env.ts'
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
// Where Astro wrote the site: KEIKAKU_OUT_DIR, or site/dist.
const dist = outDir ?? path.join(ROOT, 'site', 'dist')
console.log(`Site built into ${dist} in ${seconds(step)}`)
const snapshot = readSnapshot(SNAPSHOT_DIR)
// Pages audited or printed before (same bytes, same code) by a publish or an earlier build are not done again.
const after = await afterBuild(dist, resolveSiteLocation(snapshot.settings.baseUrl).base, snapshot, { cacheDir: pageCacheDir(SITE_ROOT) })
console.log(
  `Print editions (${after.pdfs.length} PDFs) in ${after.seconds.print} s; accessibility audit of ${after.a11y.pages.length} pages in ${after.seconds.a11y} s (total ${seconds(started)})`,
)
process.exit(0)
