/**
 * The full site build against its floor (issue 10): a bare Astro project rendering the same records' text, indexed
 * by Pagefind's Node API (lib/bench/floor.ts), and Keikaku's site build, on the ~5,000-page benchmark plan, run
 * interleaved (floor, site, floor, site …) so that both see the same machine load; the ratio of their medians is
 * the figure (target ≤ 1.6). Also the site build's peak memory, the bytes and time of a first Japanese search
 * result on its output, and, with `--20k`, a ~20,000-page plan (time and peak, no target yet).
 *
 *   npm run bench -- build          floor vs site on the 5,000-page plan, memory, search
 *   npm run bench -- build-20k      the 20,000-page plan alone
 *
 * BENCH_BUILD_RUNS sets the number of interleaved pairs (default 2).
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { RECORD_COLLECTIONS } from '@keikaku/content-schemas'
import { readSnapshot, snapshotMediaDir, writeSnapshot } from '@keikaku/content-schemas/io'
import { largePlan } from '../site/src/lib/large-plan.ts'
import { firstResultBytes } from '@keikaku/test-support/search-recall'
import { CHROMIUM, launchBrowser } from './lib/chromium.ts'
import { serveBuild } from './lib/deploy/serve-build.ts'
import { countHtml, measure, pageBytes, type Row } from './bench-site.ts'
import { floorEnv, writeFloorProject } from './lib/bench/floor.ts'
import { median, round } from './lib/bench/stats.ts'

const repoRoot = path.resolve(import.meta.dirname, '..')
const siteDir = path.join(repoRoot, 'site')
const GB = 1024 ** 3

interface Run {
  ms: number
  cpuMs: number
  peakBytes: number
  pagefindMs: number
  outDir: string
}

/** Writes the seed as a snapshot and the benchmark plan of about `targetPages` pages built on it. */
async function planSnapshot(work: string, targetPages: number): Promise<string> {
  const seeded = path.join(work, 'seeded')
  if (!readdirSync(work).includes('seeded')) {
    await measure('npx', ['tsx', path.join(repoRoot, 'scripts', 'fixture-snapshot.ts'), seeded], { cwd: repoRoot, env: {} })
  }
  const dir = path.join(work, `plan-${targetPages}`)
  writeSnapshot(dir, largePlan(readSnapshot(seeded), { targetPages }))
  cpSync(snapshotMediaDir(seeded), snapshotMediaDir(dir), { recursive: true })
  return dir
}

const pagefindMsOf = (output: string) => Number(output.match(/pagefind: indexed \d+ pages in (\d+) ms/)?.[1] ?? NaN)

async function siteBuild(snapshotDir: string, work: string): Promise<Run> {
  // A fresh output folder every time, as a publish does, and the cache folder (optimised images, furigana) that
  // publishes keep between builds: the first build of a bench starts without one.
  const outDir = mkdtempSync(path.join(work, 'site-'))
  const env = {
    KEIKAKU_SNAPSHOT_DIR: snapshotDir,
    KEIKAKU_OUT_DIR: outDir,
    KEIKAKU_CACHE_DIR: path.join(work, 'cache'),
    KEIKAKU_BASE_PATH: '/',
    ASTRO_TELEMETRY_DISABLED: '1',
  }
  const { ms, cpuMs, peakBytes, output } = await measure('npx', ['astro', 'build'], { cwd: siteDir, env })
  return { ms, cpuMs, peakBytes, pagefindMs: pagefindMsOf(output), outDir }
}

async function floorBuild(snapshotDir: string, floorDir: string, n: number): Promise<Run> {
  // Inside the floor project, so that Astro's server chunks find its node_modules.
  const outDir = path.join(floorDir, `dist-${n}`)
  const { ms, cpuMs, peakBytes, output } = await measure('npx', ['astro', 'build'], { cwd: floorDir, env: floorEnv(snapshotDir, RECORD_COLLECTIONS, outDir) })
  return { ms, cpuMs, peakBytes, pagefindMs: pagefindMsOf(output), outDir }
}

/** Floor and site builds of the ~5,000-page plan, interleaved; then a first search on the last site build. */
export async function benchBuild(): Promise<Row[]> {
  const scenario = 'large plan (~5,000 pages)'
  const runs = Number(process.env.BENCH_BUILD_RUNS ?? 2)
  const work = mkdtempSync(path.join(tmpdir(), 'keikaku-bench-build-'))
  try {
    const snapshotDir = await planSnapshot(work, 5000)
    const floorDir = path.join(work, 'floor')
    writeFloorProject(floorDir)
    const floors: Run[] = []
    const sites: Run[] = []
    // Every output is kept until the run ends: a build that follows the deletion of another's 10,000–20,000 files
    // paid for it in the kernel (ext4 freeing them), up to 3 s of its wall time and 2–3× its system time.
    for (let i = 0; i < runs; i++) {
      const floor = await floorBuild(snapshotDir, floorDir, i)
      floors.push(floor)
      const site = await siteBuild(snapshotDir, work)
      sites.push(site)
      console.error(`build ${i + 1}/${runs}: floor ${round(floor.ms / 1000, 1)} s, site ${round(site.ms / 1000, 1)} s`)
    }
    // The first site build has no cache; the later ones find the furigana of the one before, as every publish
    // after the first does. Each is compared with the floor built just before it.
    const pair = (i: number) => ({ wall: sites[i].ms / floors[i].ms, cpu: sites[i].cpuMs / floors[i].cpuMs })
    const later = sites.slice(1)
    const laterPairs = later.map((_, i) => pair(i + 1))
    const sec = (ms: number) => round(ms / 1000, 1)
    const last = sites.at(-1)!
    const rows: Row[] = [
      { scenario, metric: 'HTML pages (site build)', value: countHtml(last.outDir), unit: 'pages' },
      {
        scenario,
        metric: `floor: bare Astro + Pagefind addDirectory, records only (median of ${runs})`,
        value: sec(median(floors.map((r) => r.ms))),
        unit: `s (CPU ${sec(median(floors.map((r) => r.cpuMs)))} s)`,
      },
      {
        scenario,
        metric: 'site build, first (no cache): astro build + furigana + Pagefind',
        value: sec(sites[0].ms),
        unit: `s (CPU ${sec(sites[0].cpuMs)} s)`,
      },
      ...(later.length
        ? [
            {
              scenario,
              metric: `site build, later (furigana of the build before, median of ${later.length})`,
              value: sec(median(later.map((r) => r.ms))),
              unit: `s (CPU ${sec(median(later.map((r) => r.cpuMs)))} s)`,
            },
          ]
        : []),
      {
        scenario,
        metric: 'site build: of which Pagefind step (furigana + index + recompression), each run',
        value: sites.map((r) => sec(r.pagefindMs)).join(' / '),
        unit: 's',
      },
      {
        scenario,
        metric: 'site build ÷ floor, first build (wall time)',
        value: round(pair(0).wall),
        unit: `× (CPU time ${round(pair(0).cpu)} ×)`,
        target: '≤ 1.6',
      },
      ...(later.length
        ? [
            {
              scenario,
              metric: 'site build ÷ floor, later builds (wall time)',
              value: round(median(laterPairs.map((p) => p.wall))),
              unit: `× (CPU time ${round(median(laterPairs.map((p) => p.cpu)))} ×)`,
              target: '≤ 1.6',
            },
          ]
        : []),
      {
        scenario,
        metric: 'site build: peak memory (process tree)',
        value: round(Math.max(...sites.map((r) => r.peakBytes)) / GB),
        unit: 'GB',
        target: '≤ 2.5 GB',
      },
      { scenario, metric: 'floor: peak memory (process tree)', value: round(Math.max(...floors.map((r) => r.peakBytes)) / GB), unit: 'GB' },
      { scenario, metric: 'bytes: KPI list page (HTML+CSS+JS, gzip)', value: round(pageBytes(last.outDir, 'kpis/') / 1024, 1), unit: 'KB', target: '≤ 50 KB' },
      ...(await searchRows(sites.at(-1)!.outDir, scenario, floors.at(-1)!.outDir)),
    ]
    return rows
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** One site build of a ~20,000-page plan: it must finish on 2 cores; time and peak memory, no target yet. */
export async function benchBuild20k(): Promise<Row[]> {
  const scenario = 'large plan (~20,000 pages)'
  const work = mkdtempSync(path.join(tmpdir(), 'keikaku-bench-build-'))
  try {
    const site = await siteBuild(await planSnapshot(work, 20000), work)
    return [
      {
        scenario,
        metric: 'HTML pages',
        value: countHtml(site.outDir),
        unit: 'pages',
      },
      {
        scenario,
        metric: 'site build: astro build + furigana + Pagefind',
        value: round(site.ms / 1000, 1),
        unit: 's',
      },
      {
        scenario,
        metric: 'site build: of which Pagefind step (furigana + index + recompression)',
        value: round(site.pagefindMs / 1000, 1),
        unit: 's',
      },
      {
        scenario,
        metric: 'site build: CPU time (user + system)',
        value: round(site.cpuMs / 1000, 1),
        unit: 's',
      },
      {
        scenario,
        metric: 'site build: peak memory (process tree)',
        value: round(site.peakBytes / GB),
        unit: 'GB',
      },
    ]
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/**
 * Bytes and time of a first Japanese search from the search page's URL (median of 3 fresh browser contexts), on the
 * site and, for scale, on the floor's bare search page over its own index (Pagefind's fixed cost on this machine).
 */
async function searchRows(outDir: string, scenario: string, floorDir: string): Promise<Row[]> {
  const metric = 'first Japanese search result (子育て支援), from a fresh cache, incl. the search page'
  let browser
  try {
    browser = await launchBrowser()
  } catch {
    return [{ scenario, metric, value: `n/a (no Chromium at ${CHROMIUM})`, unit: '' }]
  }
  const firstSearch = async (dir: string) => {
    const server = await serveBuild(dir, '/')
    try {
      await firstResultBytes(browser, server.url, dir, '子育て支援') // warm-up: the server's and the OS's file caches
      const results = []
      for (let i = 0; i < 3; i++) results.push(await firstResultBytes(browser, server.url, dir, '子育て支援'))
      return { worst: results.reduce((a, b) => (b.total > a.total ? b : a)), ms: Math.round(median(results.map((r) => r.ms))) }
    } finally {
      await server.close()
    }
  }
  try {
    const site = await firstSearch(outDir)
    const floor = await firstSearch(floorDir)
    return [
      {
        scenario,
        metric: `${metric}: bytes (gzip as served)`,
        value: round(site.worst.total / 1024, 1),
        unit: `KB (${site.worst.files.length} files)`,
        target: '≤ 120 KB',
      },
      {
        scenario,
        metric: `${metric}: time to results (median of 3, local server)`,
        value: site.ms,
        unit: 'ms',
        target: '≤ 300 ms',
      },
      {
        scenario,
        metric: "floor: the same search on a bare Pagefind page over the floor's index: bytes, time (median of 3)",
        value: `${round(floor.worst.total / 1024, 1)} KB, ${floor.ms} ms`,
        unit: `(${floor.worst.files.length} files)`,
      },
    ]
  } finally {
    await browser.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(process.argv.includes('--20k') ? await benchBuild20k() : await benchBuild())
}
