/**
 * Parts of `npm run bench` that need a database of their own (run by bench.ts in a child process):
 *   export  <out.json>   seed BENCH_SNAPSHOT into a fresh database (not timed), then time the export
 *   publish <out.json>   the real admin server and job runner: publish via the API, time until the page is served
 *   api     <out.json>   REST read load on the real admin server (autocannon, loopback, bounded in time)
 *   kpi-sheets <out.json> seed, time the KPI sheet export, write a 5,000-row workbook with new actuals; then time
 *                         its import (check + apply as drafts) in a fresh process, whose peak memory is the figure
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { countRecords } from '@keikaku/content-schemas'
import { readSnapshot } from '@keikaku/content-schemas/io'
import type { Row } from './bench-site.ts'
import { median, round } from './lib/bench/stats.ts'

const [mode, out] = process.argv.slice(2)
const scenario = process.env.BENCH_SCENARIO ?? ''
const snapshotDir = process.env.BENCH_SNAPSHOT!
const seconds = (since: number) => (performance.now() - since) / 1000

const work = mkdtempSync(path.join(tmpdir(), 'keikaku-bench-part-'))
process.env.KEIKAKU_MEDIA_DIR = path.join(work, 'media')
process.env.KEIKAKU_SITE_ROOT = path.join(work, 'site')
process.env.KEIKAKU_SKIP_FIRST_ADMIN = '1'

if (mode === 'kpi-import') {
  // The import alone, as `npm run kpis:import` runs it: a fresh process on the database kpi-sheets prepared.
  const { withCms } = await import('./lib/cms.ts')
  const { runKpiImport } = await import('@keikaku/cms/kpi-sheets/run')
  const { readFileSync } = await import('node:fs')
  const bytes = readFileSync(process.env.BENCH_WORKBOOK!)
  const started = performance.now()
  let opened = 0
  const result = await withCms((payload) => {
    opened = performance.now()
    return runKpiImport(payload, bytes)
  })
  const elapsed = seconds(opened)
  if (!result.ok) throw new Error(result.lines.slice(0, 5).join('\n'))
  const run = { seconds: elapsed, withStart: seconds(started), applied: result.applied, maxRssMb: process.resourceUsage().maxRSS / 1024 }
  writeFileSync(out, JSON.stringify(run))
  process.exit(0)
}

const { withCms } = await import('./lib/cms.ts')
const { seed } = await import('@keikaku/cms/seed/index')
const { seedDataFromSnapshot } = await import('@keikaku/cms/seed/fromSnapshot')
const { exportSnapshot } = await import('@keikaku/cms/snapshot/exportSnapshot')

const rows: Row[] = []
const liveSnapshot = path.join(work, 'snapshot')
const approver = { email: 'bench@example.jp', password: 'benchmark passphrase' }

await withCms(async (payload) => {
  const seedStarted = performance.now()
  await seed(payload, seedDataFromSnapshot(mode === 'kpi-sheets' ? generatedKpisOnly(readSnapshot(snapshotDir)) : readSnapshot(snapshotDir), snapshotDir))
  const seedSeconds = seconds(seedStarted)
  if (mode === 'export') {
    const times: number[] = []
    let records = 0
    for (let i = 0; i < 3; i++) {
      const started = performance.now()
      const { snapshot } = await exportSnapshot(payload)
      times.push(seconds(started))
      records = countRecords(snapshot)
    }
    rows.push(
      { scenario, metric: 'records in the database (seeded, not timed)', value: records, unit: `records (seeded in ${round(seedSeconds, 0)} s)` },
      { scenario, metric: 'export (median of 3)', value: round(median(times)), unit: 's' },
    )
  } else if (mode === 'kpi-sheets') {
    await kpiSheetBench(payload)
  } else if (mode === 'publish') {
    await payload.create({ collection: 'users', data: { ...approver, role: 'approver' }, overrideAccess: true })
    const { exportTo } = await import('./lib/pipeline.ts')
    await exportTo(payload, liveSnapshot)
  }
})

if (mode === 'publish') {
  const { buildAdminIfNeeded, startAdmin } = await import('./lib/cms.ts')
  const { publishSnapshot } = await import('./lib/deploy/publish.ts')
  const { Releases } = await import('./lib/deploy/releases.ts')
  const { serveSite } = await import('./lib/serve.ts')
  await publishSnapshot(liveSnapshot, { root: process.env.KEIKAKU_SITE_ROOT! })
  await buildAdminIfNeeded()
  const { freePort } = await import('./lib/free-port.ts')
  const [adminPort, sitePort] = [await freePort(), await freePort()]
  const admin = await startAdmin(adminPort, { KEIKAKU_RUN_JOBS: '1' })
  const server = await serveSite({ liveDir: new Releases(process.env.KEIKAKU_SITE_ROOT!).liveLink, port: sitePort })
  try {
    const api = (pathname: string, init: RequestInit = {}) =>
      fetch(`http://localhost:${adminPort}${pathname}`, { ...init, headers: { 'content-type': 'application/json', ...init.headers } }).then((r) => r.json())
    const { token } = await api('/api/users/login', { method: 'POST', body: JSON.stringify(approver) })
    const auth = { authorization: `JWT ${token}` }
    const { docs } = await api('/api/goals?where[key][equals]=goal-3-ninaite&depth=0')
    const latencies: number[] = []
    for (let i = 1; i <= 3; i++) {
      const title = `自ら輝きながら次代の担い手を応援するまち（ベンチマーク${i}）`
      const pressed = performance.now()
      await api(`/api/goals/${docs[0].id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title, _status: 'published' }) })
      for (;;) {
        const html = await (await fetch(`http://localhost:${sitePort}/goals/goal-3-ninaite/`)).text()
        if (html.includes(title)) break
        if (seconds(pressed) > 120) throw new Error('publish did not show within 120 s')
        await new Promise((r) => setTimeout(r, 100))
      }
      latencies.push(seconds(pressed))
    }
    rows.push(
      {
        scenario,
        metric: 'publish latency: 公開 pressed → changed page served (median of 3)',
        value: round(median(latencies), 1),
        unit: 's',
        target: '≤ 15 s',
      },
      { scenario, metric: 'publish latency: slowest of 3', value: round(Math.max(...latencies), 1), unit: 's', target: '≤ 15 s' },
    )
  } finally {
    admin.stop()
    server.close()
  }
}

if (mode === 'api') {
  const { buildAdminIfNeeded, startAdmin } = await import('./lib/cms.ts')
  const { freePort } = await import('./lib/free-port.ts')
  const { default: autocannon } = await import('autocannon')
  await buildAdminIfNeeded()
  const port = await freePort()
  const admin = await startAdmin(port)
  try {
    const url = `http://127.0.0.1:${port}/api/kpis?limit=100`
    await autocannon({ url, connections: 2, duration: 3 }) // warm-up: compiled routes, caches
    for (const connections of [10, 50]) {
      const result = await autocannon({ url, connections, duration: 15, timeout: 10 })
      // autocannon counts time-outs among errors.
      const errors = result.errors + result.non2xx
      const label = `REST GET /api/kpis?limit=100, ${connections} connections (15 s)`
      rows.push(
        { scenario, metric: `${label}: throughput`, value: round(result.requests.average, 1), unit: 'requests/s' },
        { scenario, metric: `${label}: p99 latency`, value: result.latency.p99, unit: 'ms', target: '≤ 1000 ms on 2 cores' },
        { scenario, metric: `${label}: errors and time-outs`, value: errors, unit: `of ${result.requests.total}`, target: '0' },
      )
    }
  } finally {
    admin.stop()
  }
}

/** The large plan's generated KPIs without its generated items and meetings, which the sheet bench does not need. */
function generatedKpisOnly(data: ReturnType<typeof readSnapshot>): ReturnType<typeof readSnapshot> {
  const items = data['plan-items'].filter((i) => !i.key.startsWith('gen-'))
  const itemKeys = new Set(items.map((i) => i.key))
  return {
    ...data,
    'plan-items': items,
    meetings: data.meetings.filter((m) => !m.key.startsWith('gen-')),
    kpis: data.kpis.map((k) => ({ ...k, planItems: k.planItems.filter((key) => itemKeys.has(key)) })),
  }
}

async function kpiSheetBench(payload: import('payload').Payload) {
  const { exportKpiSheetRows, writeSheet } = await import('@keikaku/cms/kpi-sheets/index')
  await payload.create({
    collection: 'users',
    data: { email: 'bench-admin@example.jp', password: 'benchmark passphrase', role: 'admin' },
    overrideAccess: true,
  })
  const started = performance.now()
  const exported = await exportKpiSheetRows(payload)
  const xlsx = await writeSheet(exported, 'xlsx')
  rows.push({ scenario, metric: `KPI sheet export to XLSX (${exported.length} rows)`, value: round(seconds(started)), unit: 's' })
  // Every actual changed and new years reported (baseline and target rows kept) up to 5,000 rows: each row is
  // checked, each actual written.
  const changed = exported.map((r) => (r.value_type === 'actual' && typeof r.value === 'number' ? { ...r, value: r.value + 1 } : r))
  const added = [2021, 2022, 2023, 2024, 2025].flatMap((fiscalYear) =>
    exported
      .filter(
        (r) =>
          r.value_type === 'target' &&
          Number(r.fiscal_year) >= fiscalYear &&
          !exported.some((a) => a.kpi_key === r.kpi_key && a.value_type === 'actual' && a.fiscal_year === fiscalYear),
      )
      .map((r) => ({ ...r, value_type: 'actual', fiscal_year: fiscalYear, value: Number(r.value) - 1, status: 'preliminary' })),
  )
  const rowsIn = [...changed, ...added].slice(0, 5000)
  const workbook = path.join(process.env.BENCH_KEEP ? path.dirname(process.env.DATABASE_URI!.replace(/^file:/, '')) : work, 'kpis-5000.xlsx')
  writeFileSync(workbook, await writeSheet(rowsIn, 'xlsx'))
  process.env.BENCH_WORKBOOK = workbook
  process.env.BENCH_WORKBOOK_ROWS = String(rowsIn.length)
  void xlsx
}

if (mode === 'kpi-sheets') {
  const { execFileSync } = await import('node:child_process')
  const { copyFileSync, existsSync, readFileSync, rmSync } = await import('node:fs')
  const result = path.join(work, 'kpi-import.json')
  // The database as the import finds it, restored before each run (BENCH_KEEP leaves the copy, to re-run it on).
  const db = process.env.DATABASE_URI!.replace(/^file:/, '')
  const suffixes = ['', '-wal'].filter((suffix) => existsSync(db + suffix))
  for (const suffix of suffixes) copyFileSync(db + suffix, `${db}.before-import${suffix}`)
  // BENCH_PROFILE=<dir> writes a CPU profile of the import (open it in Chrome's DevTools).
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []
  // Three runs, the median printed: on these shared 2-core machines one run of the same import varies by ±20 %.
  const runs: { seconds: number; withStart: number; applied: number; maxRssMb: number }[] = []
  for (let run = 0; run < 3; run++) {
    rmSync(`${db}-shm`, { force: true })
    for (const suffix of suffixes) copyFileSync(`${db}.before-import${suffix}`, db + suffix)
    execFileSync('npx', ['tsx', ...profile, path.join(import.meta.dirname, 'bench-parts.ts'), 'kpi-import', result], { stdio: ['ignore', 'ignore', 'inherit'] })
    runs.push(JSON.parse(readFileSync(result, 'utf8')))
  }
  if (!process.env.BENCH_KEEP) for (const suffix of suffixes) rmSync(`${db}.before-import${suffix}`)
  const times = (pick: (r: (typeof runs)[number]) => number) => runs.map((r) => round(pick(r), 1)).join(' / ')
  const label = `KPI sheet import, ${process.env.BENCH_WORKBOOK_ROWS}-row XLSX (${runs[0].applied} actuals changed)`
  rows.push(
    {
      scenario,
      metric: `${label}: check + apply as drafts, Payload running (as an upload in the admin); median of 3 (${times((r) => r.seconds)} s)`,
      value: round(median(runs.map((r) => r.seconds)), 1),
      unit: 's',
      target: '≤ 10 s',
    },
    {
      scenario,
      metric: `${label}: the kpis:import command, Payload's start included; median of 3 (${times((r) => r.withStart)} s)`,
      value: round(median(runs.map((r) => r.withStart)), 1),
      unit: 's',
      target: '',
    },
    {
      scenario,
      metric: `${label}: peak memory of the import process`,
      value: Math.round(Math.max(...runs.map((r) => r.maxRssMb))),
      unit: 'MB',
      target: '≤ 1,024 MB',
    },
  )
}

writeFileSync(out, JSON.stringify(rows))
process.exit(0)
