/** `npm run rollback [buildId]`: switches the public site back to the previous build (or the one named); content in the CMS is untouched. */
import { rollback } from './lib/deploy/rollback.ts'
import { SITE_ROOT } from './lib/env.ts'

try {
  const { from, to, kept } = await rollback(SITE_ROOT, { to: process.argv[2] })
  console.log(`公開サイトを戻しました / Rolled back the site: ${from ?? '(none)'} → ${to}`)
  console.log(`Kept builds: ${kept.join(', ')}`)
} catch (error) {
  const { message, cause } = error as Error
  console.error(cause instanceof Error ? `${message}\n${cause.message}` : message)
  process.exit(1)
}
