/** `npm run rollback [buildId]`: switches the public site back to the previous build (or the one named); content in the CMS is untouched. */
import { Releases } from './lib/deploy/releases.ts'
import { targetFromEnv } from './lib/deploy/targets.ts'
import { SITE_ROOT } from './lib/env.ts'

const releases = new Releases(SITE_ROOT)
const target = process.argv[2] ?? releases.previous()
if (!target) {
  console.error(`Nothing to roll back to: builds kept are ${releases.list().join(', ') || 'none'}; live is ${releases.live() ?? 'none'}.`)
  process.exit(1)
}
const before = releases.live()
releases.switchTo(target)
// A remote web server (rsync, sftp) gets the same build again.
await targetFromEnv().deploy(releases.dirOf(target))
console.log(`公開サイトを戻しました / Rolled back the site: ${before ?? '(none)'} → ${target}`)
console.log(`Kept builds: ${releases.list().join(', ')}`)
