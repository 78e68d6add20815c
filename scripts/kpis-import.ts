/** `npm run kpis:import -- <file> [--dry-run] [--publish] [--user EMAIL]`: reads a KPI sheet back. */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { loadCmsEnv } from './lib/env.ts'
import { withCms } from './lib/cms.ts'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean' }, publish: { type: 'boolean' }, user: { type: 'string' } },
})
if (!positionals[0]) {
  console.error('使い方 / usage: npm run kpis:import -- <file> [--dry-run] [--publish] [--user EMAIL]')
  process.exit(2)
}
const bytes = readFileSync(positionals[0])
loadCmsEnv()
const { runKpiImport } = await import('@keikaku/cms/kpi-sheets/run')
try {
  const result = await withCms((payload) => runKpiImport(payload, bytes, { dryRun: values['dry-run'], publish: values.publish, userEmail: values.user }))
  for (const line of result.lines) (result.ok ? console.log : console.error)(line)
  process.exitCode = result.ok ? 0 : 1
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
process.exit()
