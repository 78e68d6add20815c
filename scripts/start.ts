/**
 * `npm start`: everything on localhost from a fresh clone — the CMS (SQLite, migrated and seeded on the first
 * run, first admin printed once), the public site built from the published content, both served.
 */
import path from 'node:path'
import { buildAdminIfNeeded, prepareDatabase, startAdmin } from './lib/cms.ts'
import { loadCmsEnv, ROOT, SNAPSHOT_DIR } from './lib/env.ts'
import { buildSite, exportTo } from './lib/pipeline.ts'
import { serveStatic } from './lib/serve.ts'

const ADMIN_PORT = Number(process.env.KEIKAKU_ADMIN_PORT ?? 3000)
const SITE_PORT = Number(process.env.KEIKAKU_SITE_PORT ?? 4321)

loadCmsEnv()
const started = performance.now()
await prepareDatabase()
await exportTo(SNAPSHOT_DIR)
await buildSite(SNAPSHOT_DIR)
await buildAdminIfNeeded()
const admin = await startAdmin(ADMIN_PORT)
await serveStatic(path.join(ROOT, 'site', 'dist'), SITE_PORT)

const { FIRST_ADMIN_EMAIL } = await import('@keikaku/cms/firstAdmin')
console.log(`
Keikaku is running (ready in ${((performance.now() - started) / 1000).toFixed(0)} s):
  管理画面 / Admin:       http://localhost:${ADMIN_PORT}/admin
  API (REST / GraphQL):   http://localhost:${ADMIN_PORT}/api , http://localhost:${ADMIN_PORT}/api/graphql
  公開サイト / Site:      http://localhost:${SITE_PORT}/
ログイン / Log in: ${FIRST_ADMIN_EMAIL} with the password printed at the first start
  (forgot it? \`npm run reset-admin\` prints a new one). Stop with Ctrl-C.
`)
const stop = () => {
  admin.kill()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
