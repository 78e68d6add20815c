/**
 * `npm run bench`: prints a table of figures (not a test). Export times for the seeded and a ~5,000-page plan,
 * site build + Pagefind times, peak memory, bytes per page type and for a first search (bench-site.ts), and the
 * publish latency: 公開 pressed → changed page served, and incremental against full publish on both plans
 * (bench-publish.ts); KPI sheet export and 5,000-row import; REST read throughput and p99 under load; the
 * ~5,000-page site build against its floor, its memory and first search, and a ~20,000-page build (bench-build.ts);
 * Lighthouse mobile scores (bench-lighthouse.ts). Parts on their own: `npm run bench -- api` (REST load), `-- build`
 * (floor vs site, 5,000 pages), `-- build-20k`, `-- publish` (incremental and full), `-- kpis` (KPI sheets),
 * `-- pdf` (print editions of both plans), `-- lighthouse`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readSnapshot } from '@keikaku/content-schemas/io'
import { largePlan } from '../site/src/lib/large-plan.ts'
import { benchLighthouse } from './bench-lighthouse.ts'
import { benchBuild, benchBuild20k } from './bench-build.ts'
import { benchPdf } from './bench-pdf.ts'
import { benchPublish } from './bench-publish.ts'
import { benchSite, type Row } from './bench-site.ts'
import { round } from './lib/bench/stats.ts'
import { loadCmsEnv } from './lib/env.ts'
import { run } from './lib/run.ts'

loadCmsEnv()
const work = mkdtempSync(path.join(tmpdir(), 'keikaku-bench-'))
const root = path.resolve(import.meta.dirname, '..')

/** Runs a bench part in its own process, so each gets a fresh database and Payload instance. */
async function part(name: 'export' | 'publish' | 'api' | 'kpi-sheets', scenario: string, env: Record<string, string>): Promise<Row[]> {
  const out = path.join(work, `${name}-${scenario.replace(/\W+/g, '-')}.json`)
  await run('npx', ['tsx', path.join(root, 'scripts', 'bench-parts.ts'), name, out], {
    cwd: root,
    env: { ...process.env, ...env, DATABASE_URI: `file:${path.join(work, `${name}-${Date.now()}.db`)}`, BENCH_SCENARIO: scenario },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const { readFileSync } = await import('node:fs')
  return JSON.parse(readFileSync(out, 'utf8')) as Row[]
}

try {
  const fixture = path.join(work, 'fixture')
  await run('npx', ['tsx', path.join(root, 'scripts', 'fixture-snapshot.ts'), fixture], { cwd: root, stdio: 'ignore' })
  const large = path.join(work, 'large')
  const { writeSnapshot, snapshotMediaDir } = await import('@keikaku/content-schemas/io')
  const { cpSync } = await import('node:fs')
  writeSnapshot(large, largePlan(readSnapshot(fixture), { targetPages: 5000 }))
  cpSync(snapshotMediaDir(fixture), snapshotMediaDir(large), { recursive: true })

  const pdfs = () =>
    benchPdf([
      { scenario: 'seeded plan', snapshotDir: fixture },
      { scenario: 'large plan (~5,000 pages)', snapshotDir: large },
    ])
  const only = process.argv[2]
  const parts: Record<string, () => Promise<Row[]>> = {
    api: () => part('api', 'seeded plan', { BENCH_SNAPSHOT: fixture }),
    build: benchBuild,
    'build-20k': benchBuild20k,
    lighthouse: benchLighthouse,
    publish: benchPublish,
    kpis: () => part('kpi-sheets', 'large plan (~5,000 pages)', { BENCH_SNAPSHOT: large }),
    pdf: () => pdfs(),
  }
  const rows: Row[] = parts[only]
    ? await parts[only]()
    : [
        ...(await part('export', 'seeded plan', { BENCH_SNAPSHOT: fixture })),
        ...(await part('export', 'large plan (~5,000 pages)', { BENCH_SNAPSHOT: large })),
        ...(await benchSite()),
        ...(await benchBuild()),
        ...(await benchBuild20k()),
        ...(await benchPublish()),
        ...(await part('publish', 'seeded plan', { BENCH_SNAPSHOT: fixture })),
        ...(await part('api', 'seeded plan', { BENCH_SNAPSHOT: fixture })),
        ...(await part('kpi-sheets', 'large plan (~5,000 pages)', { BENCH_SNAPSHOT: large })),
        ...(await pdfs()),
        ...(await benchLighthouse()),
      ]
  const exportLarge = rows.find((r) => r.scenario.startsWith('large') && r.metric === 'export (median of 3)')
  const buildLarge = rows.find((r) => r.scenario.startsWith('large plan (~5,000') && r.metric.startsWith('site build: astro build'))
  if (exportLarge && buildLarge && typeof exportLarge.value === 'number' && typeof buildLarge.value === 'number') {
    rows.push({
      scenario: 'large plan (~5,000 pages)',
      metric: 'export + astro build + Pagefind',
      value: round(exportLarge.value + buildLarge.value, 1),
      unit: 's',
      target: '≤ 60 s on 2 cores',
    })
  }
  console.table(rows.map((r) => ({ ...r, target: r.target ?? '' })))
} finally {
  // BENCH_KEEP=1 keeps the databases and files, to re-run or profile one part by hand.
  if (process.env.BENCH_KEEP) console.log(`kept: ${work}`)
  else rmSync(work, { recursive: true, force: true })
}
