/** `npm run seed`: loads Ichinoseki's plan into the CMS database (idempotent). */
import { loadCmsEnv } from './lib/env.ts'

loadCmsEnv()
const { getPayloadClient } = await import('@keikaku/cms/getPayloadClient')
const { seed } = await import('@keikaku/cms/seed/index')

const payload = await getPayloadClient()
const started = performance.now()
const report = await seed(payload)
const created = Object.entries(report.created).map(([c, n]) => `${c}: ${n}`).join(', ') || 'nothing (already seeded)'
console.log(`Seed done in ${((performance.now() - started) / 1000).toFixed(1)} s. Created ${created}; kept ${report.kept}.`)
await payload.destroy()
process.exit(0)
