import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Snapshot } from '@keikaku/content-schemas'
import { auditBuild, mergeA11yReports, pageOf, pagePaths, writeA11yResults } from './a11y.ts'
import { BUILD_STATE_DIR } from '../../../site/src/lib/incremental.ts'
import { sameBytes } from './incremental.ts'
import { printEditions, printStale, type PrintedPdf } from './print.ts'
import { withServedBuild } from './serve-build.ts'
import type { A11yReport } from '../../../site/src/lib/a11y-results.ts'

export interface AfterBuildResult {
  pdfs: PrintedPdf[]
  a11y: A11yReport
  seconds: { print: number; a11y: number }
}

/** An incremental build: the files it rendered, those of them that differ from `previous`'s; the rest is reused. */
export interface AfterBuildReuse {
  previous: string
  rendered: string[]
  differing: string[]
}

/**
 * Where audit results and PDFs are kept by content (build-cache.ts): KEIKAKU_PAGE_CACHE_DIR, or beside the builds.
 * Publishes and `npm run build` share it; the test suite points every site it makes at one.
 */
export const pageCacheDir = (siteRoot: string) => process.env.KEIKAKU_PAGE_CACHE_DIR ?? path.join(siteRoot, 'cache', 'pages')

/** The audit report kept with each build, so that the next incremental build can carry results over. */
const A11Y_FILE = `${BUILD_STATE_DIR}/a11y.json`

/**
 * The steps that need the built pages in a browser, run on the build folder before the checks and the switch:
 * print editions (PDF) and the accessibility audit of every page, whose results page it writes. One Chromium and one
 * loopback server serve both. Throws on any accessibility violation, naming page and rule, as a broken link does.
 * With `reuse` (an incremental build) only the pages that differ from the previous build are audited and only the
 * editions whose print page differs are printed; the previous build's PDFs and results stand for the rest. With
 * `cacheDir`, a page audited or printed before (same bytes, same code) is not audited or printed again, in any build.
 * With `defer` (the live build), an edition to print that the live build has a PDF of takes that PDF for now
 * (PrintedPdf.stale): printing waits until the build is live (reprintStale), so a one-figure change goes live in
 * seconds, not after minutes of printing a large plan's editions.
 */
export async function afterBuild(
  dir: string,
  base: string,
  snapshot: Pick<Snapshot, 'plans' | 'settings'>,
  { reuse, cacheDir, defer }: { reuse?: AfterBuildReuse; cacheDir?: string; defer?: string } = {},
): Promise<AfterBuildResult> {
  const since = (t: number) => Number(((performance.now() - t) / 1000).toFixed(2))
  const previousReport = reuse ? readReport(reuse.previous) : null
  return withServedBuild(dir, base, async (siteUrl, browser) => {
    let t = performance.now()
    const differing = new Set(reuse?.differing)
    const pdfReuse = reuse && { previous: reuse.previous, differing, rendered: reuse.rendered }
    const pdfs = await printEditions(
      browser,
      siteUrl,
      dir,
      snapshot.plans.map((p) => p.key),
      snapshot.settings.cityName.ja,
      {
        reuse: pdfReuse,
        cacheDir: cacheDir && path.join(cacheDir, 'pdf'),
        defer,
      },
    )
    const print = since(t)
    t = performance.now()
    // A page whose bytes are the previous build's (and the same code styles it) has the previous audit result. Asked
    // again now that the PDF sizes are in: a page that only named a PDF was different before.
    const audit =
      reuse && previousReport ? new Set(reuse.differing.filter((f) => !sameBytes(path.join(dir, f), path.join(reuse.previous, f))).map(pageOf)) : null
    // The build's pages, without opening the files it took over to see whether they redirect (on a large plan 0.6–1.3 s):
    // such a file is the previous build's, so it is a page exactly when it was one there.
    const rendered = new Set(reuse?.rendered.map(pageOf))
    const before = new Set(previousReport?.pages)
    const all = audit ? pagePaths(dir, undefined, (page) => (rendered.has(page) ? undefined : before.has(page))) : null
    let a11y = await auditBuild(browser, siteUrl, dir, {
      cacheDir: cacheDir && path.join(cacheDir, 'a11y'),
      ...(audit && all ? { pages: all.filter((p) => audit.has(p)) } : {}),
    })
    if (audit && all && previousReport) a11y = mergeA11yReports(a11y, previousReport, new Set(all.filter((p) => !audit.has(p))), all)
    if (a11y.violations.length > 0) throw auditFailure(a11y, 'The build failed its accessibility audit', 'the live site is unchanged')
    writeA11yResults(dir, base, a11y)
    mkdirSync(path.join(dir, BUILD_STATE_DIR), { recursive: true })
    writeFileSync(path.join(dir, A11Y_FILE), JSON.stringify(a11y))
    return { pdfs, a11y, seconds: { print, a11y: since(t) } }
  })
}

function readReport(previous: string): A11yReport | null {
  try {
    return JSON.parse(readFileSync(path.join(previous, A11Y_FILE), 'utf8')) as A11yReport
  } catch {
    return null
  }
}

/**
 * The rest of a publish whose PDFs stood in (afterBuild with `defer`; `stale`, their files), once that build is live:
 * prints them into `next` (a linked copy of it, see Releases.linkedCopy), fills in their sizes, and audits the pages
 * whose size text changed (a figure only, so their audit normally comes from the cache). Throws on a violation, as
 * afterBuild.
 */
export async function reprintStale(
  next: string,
  base: string,
  snapshot: Pick<Snapshot, 'plans' | 'settings'>,
  stale: readonly string[],
  { cacheDir }: { cacheDir?: string } = {},
): Promise<{ pdfs: PrintedPdf[]; pages: string[]; seconds: { print: number; a11y: number } }> {
  const since = (t: number) => Number(((performance.now() - t) / 1000).toFixed(2))
  return withServedBuild(next, base, async (siteUrl, browser) => {
    let t = performance.now()
    const plans = snapshot.plans.map((p) => p.key)
    const { pdfs, pages } = await printStale(browser, siteUrl, next, plans, new Set(stale), snapshot.settings.cityName.ja, {
      cacheDir: cacheDir && path.join(cacheDir, 'pdf'),
    })
    const print = since(t)
    t = performance.now()
    const changed = new Set(pages.map(pageOf))
    const a11y = await auditBuild(browser, siteUrl, next, { cacheDir: cacheDir && path.join(cacheDir, 'a11y'), only: (page) => changed.has(page) })
    if (a11y.violations.length > 0) throw auditFailure(a11y, 'The pages naming the reprinted editions failed the accessibility audit', 'they did not go live')
    return { pdfs, pages, seconds: { print, a11y: since(t) } }
  })
}

/** The error a failed audit stops a publish with: each violation with its page, rule and elements (the first 20). */
function auditFailure(report: A11yReport, what: string, outcome: string): Error {
  const shown = report.violations.slice(0, 20).map((v) => `  ${v.page || '/'}: ${v.rule} — ${v.help} (${v.targets.slice(0, 2).join(', ')})`)
  return new Error(`${what} (${report.violations.length} violations); ${outcome}:\n${shown.join('\n')}`)
}
