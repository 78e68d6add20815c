/**
 * Site benchmark: astro build + Pagefind times and peak memory for the seeded plan, bytes per page type
 * (HTML + CSS + JS, gzip) and bytes for a first Japanese search result (the ~5,000-page plan: bench-build.ts).
 * `benchSite()` returns rows and prints nothing; run this file on its own (`npx tsx scripts/bench-site.ts`) for a table.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { round } from './lib/bench/stats.ts'
import { CHROMIUM, launchBrowser } from './lib/chromium.ts'
import { serveBuild } from './lib/deploy/serve-build.ts'
import { htmlFiles } from './lib/deploy/print.ts'
import { pageRefs } from './lib/html-refs.ts'
import { firstResultBytes } from '@keikaku/test-support/search-recall'

export interface Row {
  scenario: string
  metric: string
  value: number | string
  unit: string
  /** The target, where it sets one. */
  target?: string
}

const repoRoot = path.resolve(import.meta.dirname, '..')
const siteDir = path.join(repoRoot, 'site')

/** One representative page per page type (paths exist in the seeded plan and in the large plan built on it). */
const PAGE_TYPES: Record<string, string> = {
  home: '',
  'plan overview': 'plans/sogo-keikaku/',
  goal: 'goals/goal-3-ninaite/',
  'plan item': 'plan-items/field-3/',
  'priority project': 'priority-projects/ilc/',
  'implementation plan': 'implementation-plans/jisshi-keikaku-2016/',
  'strategy goal': 'strategy-goals/hito/',
  'KPI list': 'kpis/',
  KPI: 'kpis/shinki-koyo/',
  body: 'bodies/machizukuri-staff-kaigi/',
  'meeting list': 'meetings/',
  meeting: 'meetings/sogo-keikaku-shingikai-2015-1/',
  page: 'pages/sakutei-soshiki/',
  'open data': 'data/',
  search: 'search/',
  'English KPI': 'en/kpis/shinki-koyo/',
}

/**
 * Resident memory of a process and all its descendants, summed, and the CPU time (user + system, in clock ticks)
 * each of them has used so far (Linux /proc).
 */
export function treeUsage(rootPid: number): { rss: number; cpuTicks: Map<number, number> } {
  const children = new Map<number, number[]>()
  const stats = new Map<number, { rss: number; ticks: number }>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const pid = Number(entry)
      const ppid = Number(fields[1])
      stats.set(pid, { rss: Number(fields[21]) * 4096, ticks: Number(fields[11]) + Number(fields[12]) })
      children.set(ppid, [...(children.get(ppid) ?? []), pid])
    } catch {
      // The process ended while we looked.
    }
  }
  let rss = 0
  const cpuTicks = new Map<number, number>()
  for (const stack = [rootPid]; stack.length;) {
    const pid = stack.pop()!
    const stat = stats.get(pid)
    if (stat) {
      rss += stat.rss
      cpuTicks.set(pid, stat.ticks)
    }
    stack.push(...(children.get(pid) ?? []))
  }
  return { rss, cpuTicks }
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100

/**
 * Runs a command, returning its output, wall time, the peak memory of its whole process tree and the CPU time of
 * the tree (user + system of every process in it, Pagefind's included, sampled every 100 ms).
 */
export function measure(command: string, args: string[], options: { cwd: string; env: Record<string, string> }) {
  return new Promise<{ ms: number; cpuMs: number; peakBytes: number; output: string }>((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { ...options, env: { ...process.env, ...options.env } })
    let output = ''
    let peakBytes = 0
    const cpuTicks = new Map<number, number>()
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    const timer = setInterval(() => {
      const usage = treeUsage(child.pid!)
      peakBytes = Math.max(peakBytes, usage.rss)
      for (const [pid, ticks] of usage.cpuTicks) cpuTicks.set(pid, Math.max(ticks, cpuTicks.get(pid) ?? 0))
    }, 100)
    child.on('close', (code) => {
      clearInterval(timer)
      const ms = performance.now() - started
      const cpuMs = ([...cpuTicks.values()].reduce((a, b) => a + b, 0) / TICKS_PER_SECOND) * 1000
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`))
      else resolve({ ms, cpuMs, peakBytes, output })
    })
  })
}

export function countHtml(dir: string): number {
  return htmlFiles(dir).length
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length

/** HTML + the CSS and JS it loads, gzip-compressed, for one built page. */
export function pageBytes(outDir: string, pagePath: string): number {
  const htmlFile = path.join(outDir, pagePath, 'index.html')
  const { refs } = pageRefs(readFileSync(htmlFile, 'utf8'), `http://site/${pagePath}`)
  const assets = [...new Set(refs.filter((r) => /\.(css|js)$/.test(new URL(r).pathname)).map((r) => new URL(r).pathname))]
  return gzipBytes(htmlFile) + assets.reduce((n, asset) => n + gzipBytes(path.join(outDir, asset)), 0)
}

export async function buildScenario(scenario: string, snapshotDir: string, work: string): Promise<{ rows: Row[]; outDir: string }> {
  // A fresh output folder every time: rebuilding into the same one is much slower on these disks.
  const outDir = mkdtempSync(path.join(work, 'dist-'))
  const { ms, peakBytes, output } = await measure('npx', ['astro', 'build'], {
    cwd: siteDir,
    env: { KEIKAKU_SNAPSHOT_DIR: snapshotDir, KEIKAKU_OUT_DIR: outDir, KEIKAKU_BASE_PATH: '/' },
  })
  const pagefindMs = Number(output.match(/pagefind: indexed \d+ pages in (\d+) ms/)?.[1] ?? NaN)
  const rubyMs = Number(output.match(/ruby: (\d+) ms/)?.[1] ?? NaN)
  const pages = countHtml(outDir)
  return {
    outDir,
    rows: [
      { scenario, metric: 'HTML pages', value: pages, unit: 'pages' },
      { scenario, metric: 'astro build (without Pagefind)', value: round((ms - pagefindMs) / 1000, 1), unit: 's' },
      { scenario, metric: 'Pagefind indexing (with ruby and the recompression of the index)', value: round(pagefindMs / 1000, 1), unit: 's' },
      { scenario, metric: 'of which furigana (analyser loads + ruby, summed over worker threads)', value: round(rubyMs / 1000, 1), unit: 's' },
      {
        scenario,
        metric: 'build + index total',
        value: round(ms / 1000, 1),
        unit: 's',
        ...(scenario.startsWith('large') ? { target: '≤ 60 s with export' } : {}),
      },
      { scenario, metric: 'peak memory (process tree)', value: round(peakBytes / 1024 ** 3, 2), unit: 'GB', target: '≤ 2.5 GB' },
    ],
  }
}

export async function benchSite(): Promise<Row[]> {
  const work = mkdtempSync(path.join(tmpdir(), 'keikaku-bench-site-'))
  try {
    const seededDir = path.join(work, 'seeded')
    await measure('npx', ['tsx', path.join(repoRoot, 'scripts', 'fixture-snapshot.ts'), seededDir], { cwd: repoRoot, env: {} })

    // The ~5,000-page plan is built in bench-build.ts, against its floor.
    const seeded = await buildScenario('seeded plan', seededDir, work)
    const rows = [...seeded.rows]
    for (const [type, pagePath] of Object.entries(PAGE_TYPES)) {
      rows.push({
        scenario: 'seeded plan',
        metric: `bytes: ${type} (HTML+CSS+JS, gzip)`,
        value: round(pageBytes(seeded.outDir, pagePath) / 1024, 1),
        unit: 'KB',
        target: '≤ 50 KB',
      })
    }
    rows.push(...(await searchBytes(seeded.outDir, 'seeded plan')))
    return rows
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** Bytes a browser downloads to show the first results of 子育て支援, from the search page, gzip as served. */
async function searchBytes(outDir: string, scenario: string): Promise<Row[]> {
  const metric = 'bytes: first Japanese search result (子育て支援, incl. search page)'
  let browser
  try {
    browser = await launchBrowser()
  } catch {
    return [{ scenario, metric, value: `n/a (no Chromium at ${CHROMIUM})`, unit: '' }]
  }
  const server = await serveBuild(outDir, '/')
  try {
    const { total } = await firstResultBytes(browser, server.url, outDir, '子育て支援')
    return [{ scenario, metric, value: round(total / 1024, 1), unit: 'KB', target: '≤ 120 KB' }]
  } finally {
    await browser.close()
    await server.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchSite()
  console.table(rows)
}
