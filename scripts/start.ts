/**
 * `npm start`: everything on localhost from a fresh clone — the CMS (SQLite, migrated and seeded on the first
 * run, first admin printed once) running the publish jobs, and the public site served from its live build.
 */
import path from 'node:path'
import { buildAdminIfNeeded, prepareDatabase, startAdmin, withCms } from './lib/cms.ts'
import { Releases } from './lib/deploy/releases.ts'
import { loadCmsEnv, SITE_ROOT } from './lib/env.ts'
import { previewsDirOf, serveSite } from './lib/serve.ts'

const ADMIN_PORT = Number(process.env.KEIKAKU_ADMIN_PORT ?? 3000)
const SITE_PORT = Number(process.env.KEIKAKU_SITE_PORT ?? 4321)
const SITE_URL = `http://localhost:${SITE_PORT}`

loadCmsEnv()
const started = performance.now()
const releases = new Releases(SITE_ROOT)
await withCms(async (payload) => {
  await prepareDatabase(payload)
  if (releases.live()) return
  // The first publish takes the same path as the admin's (export, build, checks, switch) and is recorded in its history.
  console.log('Publishing the site for the first time…')
  const { publishSite } = await import('@keikaku/cms/jobs/publishSite')
  const { recordPublishRequest } = await import('@keikaku/cms/jobs/queueSitePublish')
  const { createLocalReq } = await import('payload')
  const id = await recordPublishRequest(await createLocalReq({}, payload), '初回公開（npm start）')
  const { build, error } = await publishSite(payload, id)
  if (!build) throw new Error(`The first publish failed (the admin lists it under サイト公開の履歴):\n${error}`)
})
await buildAdminIfNeeded()
const admin = await startAdmin(ADMIN_PORT, { KEIKAKU_RUN_JOBS: '1', KEIKAKU_PREVIEW_URL: `${SITE_URL}/preview` })
await serveSite({ liveDir: releases.liveLink, previewsDir: previewsDirOf(SITE_ROOT), port: SITE_PORT })

const { FIRST_ADMIN_EMAIL } = await import('@keikaku/cms/firstAdmin')
console.log(`
Keikaku is running (ready in ${((performance.now() - started) / 1000).toFixed(0)} s):
  管理画面 / Admin:       http://localhost:${ADMIN_PORT}/admin
  API (REST / GraphQL):   http://localhost:${ADMIN_PORT}/api , http://localhost:${ADMIN_PORT}/api/graphql
  公開サイト / Site:      ${SITE_URL}/   (live build: ${releases.live()}, kept in ${path.relative(process.cwd(), SITE_ROOT)})
ログイン / Log in: ${FIRST_ADMIN_EMAIL} with the password printed at the first start
  (forgot it? \`npm run reset-admin\` prints a new one). Publishing in the admin rebuilds the site;
  \`npm run rollback\` returns to the previous build. Stop with Ctrl-C.
`)
const stop = () => {
  admin.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
