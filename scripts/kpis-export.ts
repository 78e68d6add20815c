/** `npm run kpis:export -- <file.csv|file.xlsx> [--plan KEY] [--department KEY] [--fiscal-year FY]`: the KPI sheet. */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { loadCmsEnv } from './lib/env.ts'
import { withCms } from './lib/cms.ts'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { plan: { type: 'string' }, department: { type: 'string' }, 'fiscal-year': { type: 'string' } },
})
const file = positionals[0]
const fiscalYear = values['fiscal-year'] === undefined ? undefined : Number(values['fiscal-year'])
if (!file || !/\.(csv|xlsx)$/i.test(file) || (fiscalYear !== undefined && !Number.isInteger(fiscalYear))) {
  console.error('使い方 / usage: npm run kpis:export -- <file.csv|file.xlsx> [--plan KEY] [--department KEY] [--fiscal-year FY]')
  process.exit(2)
}
loadCmsEnv()
const { exportKpiSheetRows, writeSheet } = await import('@keikaku/cms/kpi-sheets/index')
const rows = await withCms((payload) => exportKpiSheetRows(payload, { plan: values.plan, department: values.department, fiscalYear }))
const format = file.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv'
writeFileSync(path.resolve(file), await writeSheet(rows, format))
console.log(`${rows.length} 行を書き出しました / wrote ${rows.length} rows: ${path.resolve(file)}`)
process.exit(0)
