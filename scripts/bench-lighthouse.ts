/**
 * Lighthouse (mobile, Google's default settings: Moto G Power emulation, simulated slow 4G) on the seeded plan's
 * home page, a KPI page and a page of the やさしい日本語 edition, all four categories, on Debian's Chromium. The
 * site is served precompressed (gzip and Brotli), as a municipal web host serves static files.
 * `npm run bench -- lighthouse` runs this part alone.
 */
import type { SpawnOptions } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import sirv from 'sirv'
import type { Row } from './bench-site.ts'
import { CHROMIUM, CHROMIUM_FLAGS } from './lib/chromium.ts'
import { freePort } from './lib/free-port.ts'
import { run } from './lib/run.ts'

const repoRoot = path.resolve(import.meta.dirname, '..')
const PAGES: Record<string, string> = { home: '/', KPI: '/kpis/shinki-koyo/', やさしい日本語: '/easy/' }
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

/** Writes .gz and .br beside every text file, which sirv then serves to browsers that accept them. */
function precompress(dir: string): void {
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, name)
    if (!/\.(html|css|js|json|svg|xml|txt)$/.test(name) || !statSync(file).isFile()) continue
    const bytes = readFileSync(file)
    writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }))
    writeFileSync(`${file}.br`, brotliCompressSync(bytes))
  }
}

export async function benchLighthouse(): Promise<Row[]> {
  const work = mkdtempSync(path.join(tmpdir(), 'keikaku-bench-lighthouse-'))
  const outDir = path.join(work, 'dist')
  let server: Server | undefined
  try {
    const snapshot = path.join(work, 'snapshot')
    const quiet: SpawnOptions = { stdio: ['ignore', 'ignore', 'inherit'] }
    await run('npx', ['tsx', path.join(repoRoot, 'scripts', 'fixture-snapshot.ts'), snapshot], { ...quiet, cwd: repoRoot })
    const site = { KEIKAKU_SNAPSHOT_DIR: snapshot, KEIKAKU_OUT_DIR: outDir, KEIKAKU_BASE_PATH: '/' }
    await run('npx', ['astro', 'build'], { ...quiet, cwd: path.join(repoRoot, 'site'), env: { ...process.env, ...site } })
    precompress(outDir)
    const serve = sirv(outDir, { gzip: true, brotli: true, etag: true, maxAge: 3600 })
    const port = await freePort()
    server = createServer((req, res) =>
      serve(req, res, () => {
        res.statusCode = 404
        res.end()
      }),
    )
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve))

    const { default: lighthouse } = await import('lighthouse')
    const chromeLauncher = await import('chrome-launcher')
    const rows: Row[] = []
    for (const [page, pathname] of Object.entries(PAGES)) {
      // A fresh browser per page, as Lighthouse's CLI does.
      const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS })
      try {
        const result = await lighthouse(`http://localhost:${port}${pathname}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        })
        if (!result) throw new Error(`Lighthouse gave no result for ${pathname}`)
        for (const category of CATEGORIES) {
          const score = result.lhr.categories[category]?.score
          rows.push({
            scenario: 'seeded plan',
            metric: `Lighthouse mobile ${category}: ${page} (${pathname})`,
            value: score === null || score === undefined ? 'n/a' : Math.round(score * 100),
            unit: '/ 100',
            target: '100',
          })
        }
        const failing = Object.values(result.lhr.audits).filter(
          (a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
        )
        if (failing.length > 0)
          console.error(`lighthouse ${pathname}: below 90: ${failing.map((a) => `${a.id} (${Math.round((a.score ?? 0) * 100)})`).join(', ')}`)
      } finally {
        chrome.kill()
      }
    }
    return rows
  } finally {
    server?.close()
    rmSync(work, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchLighthouse())
