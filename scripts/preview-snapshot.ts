/**
 * `npm run preview-snapshot -w @keikaku/scripts -- <snapshotDir> <token> [slot]`: builds a draft preview into
 * var/site/previews/<token>/ under the base path /preview/<token>/ (the CMS's preview endpoint runs this). The
 * slot (0, 1, …; one per preview that may run at once) picks an Astro cache no other running build uses.
 */
import path from 'node:path'
import { prunePreviews } from './lib/deploy/previews.ts'
import { SITE_ROOT } from './lib/env.ts'
import { buildSite } from './lib/pipeline.ts'
import { markPreview } from './lib/previewBanner.ts'
import { previewsDirOf } from './lib/serve.ts'

const [snapshotDir, token, slot = '0'] = process.argv.slice(2)
if (!snapshotDir || !/^[a-f0-9]{32}$/.test(token ?? '') || !/^\d{1,2}$/.test(slot)) {
  console.error('usage: preview-snapshot <snapshotDir> <32-hex token> [slot number]')
  process.exit(2)
}
const previews = previewsDirOf(SITE_ROOT)
process.env.KEIKAKU_BASE_PATH = `/preview/${token}/`
await buildSite(path.resolve(snapshotDir), path.join(previews, token), { cacheDir: path.join(SITE_ROOT, 'cache', `preview-${slot}`) })
markPreview(path.join(previews, token))
// Previews are for the moment of review: keep the newest 20.
prunePreviews(previews, 20)
