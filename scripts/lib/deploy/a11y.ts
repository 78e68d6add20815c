import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Page } from 'playwright-core'
import type { LazyBrowser } from '../chromium.ts'
import { A11Y_RESULTS_PLACEHOLDER, A11Y_TAGS, renderA11yResults, type A11yReport } from '../../../site/src/lib/a11y-results.ts'
import { BuildCache } from './build-cache.ts'
import { htmlFiles } from './print.ts'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

type AxeRule = { ruleId: string; tags: string[] }
type AxeResult = { id: string; help: string; tags: string[]; nodes: Array<{ target: unknown }> }
type AxeRun = { violations: AxeResult[]; passes: AxeResult[]; incomplete: AxeResult[] }
/** A page's violations as the audit finds them (the report adds the page). */
type Found = Array<Omit<A11yReport['violations'][number], 'page'>>
type AxeWindow = { axe: { version: string; getRules(tags: string[]): AxeRule[]; run(o: unknown): Promise<AxeRun> } }

/** Attributes holding figures, not structure: chart geometry, dates and the text of labels. */
const FIGURE_ATTRIBUTES = /(\s(?:d|points|x|y|x1|x2|y1|y2|cx|cy|r|transform|datetime|aria-label|title|alt)=")([^"]*)"/g
/** A page's description for search engines and link previews (not the viewport's or a refresh's `content`). */
const DESCRIPTION_META = /^<meta\s[^>]*(?:name="description"|property="og:(?:title|description)")/
const DESCRIPTION_CONTENT = /(\scontent=")([^"]*)"/g
/** A number as the pages write it: 410, 82.2, 1,234. */
const NUMBER = /[0-9]+(?:[.,][0-9]+)*/g
/**
 * What auditKey looks at, in page order: (1) a run of text and tags without a digit, which it keeps, in one match;
 * then a comment, (2) a <style> or <script> element whole (colours and code, kept as they are), any other tag (quoted
 * values may hold `>`), or a number in the text.
 */
const KEY_PIECE = new RegExp(
  [
    `((?:[^<0-9]+|<(?!!--|(?:style|script)\\b)[^>"'0-9]*(?:(?:"[^"0-9]*"|'[^'0-9]*')[^>"'0-9]*)*>)+)`,
    '<!--[\\s\\S]*?-->',
    `<(style|script)\\b[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>[\\s\\S]*?<\\/\\2\\s*>`,
    `<[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>`,
    NUMBER.source,
  ].join('|'),
  'gi',
)
const DIGIT = /[0-9]/
/** An attribute (`name="`, value) with the numbers of its value read as 0. */
const foldNumbers = (_match: string, name: string, value: string) => `${name}${value.replace(NUMBER, '0')}"`

/**
 * What the audit result of a page is kept by in the cache: the page with every number of its text, of the
 * attributes in FIGURE_ATTRIBUTES and of its description read as 0 (82.2 and 1,234 as one number). A KPI's new
 * actual changes figures on dozens of pages (its page, lists, goals, progress, the chart's geometry, a PDF's size)
 * and nothing that axe's rules judge: the elements, their classes, styles (inline <style> included), ids, links and
 * roles stay as they were, and those still make a new key (a rating that changes changes its badge's class).
 * Numbers are all that is folded: a word that changes is a new key.
 */
export function auditKey(html: Buffer): Buffer {
  // One pass, copying only what changes (a large plan's print edition is 4.6 MB and 400,000 tags and numbers: split
  // into its tags, or with a replace callback per piece, it took 0.3–0.45 s).
  const page = html.toString('utf8')
  const out: string[] = []
  let copied = 0
  KEY_PIECE.lastIndex = 0
  for (let match = KEY_PIECE.exec(page); match; match = KEY_PIECE.exec(page)) {
    if (match[1] !== undefined) continue
    const piece = match[0]
    let folded: string
    if (piece[0] !== '<') folded = '0'
    else if (match[2] !== undefined || piece.startsWith('<!--') || !DIGIT.test(piece)) continue
    else {
      folded = piece.replace(FIGURE_ATTRIBUTES, foldNumbers)
      if (DESCRIPTION_META.test(folded)) folded = folded.replace(DESCRIPTION_CONTENT, foldNumbers)
      if (folded === piece) continue
    }
    out.push(page.slice(copied, match.index), folded)
    copied = match.index + piece.length
  }
  out.push(page.slice(copied))
  return Buffer.from(out.join(''))
}

/**
 * A build's page paths (without base) as a reader opens them: `plans/x/` for plans/x/index.html; not its redirects.
 * `only` limits them to some pages, and no other file is read (a large plan has 10,000 pages). `known` answers for
 * the files it can, whether they are pages, so that those are not opened to see whether they redirect.
 */
export function pagePaths(dir: string, only?: (page: string) => boolean, known?: (page: string) => boolean | undefined): string[] {
  const head = Buffer.alloc(600)
  const isRedirect = (file: string) => {
    const fd = openSync(path.join(dir, file), 'r')
    try {
      return /http-equiv="refresh"/i.test(head.toString('utf8', 0, readSync(fd, head, 0, head.length, 0)))
    } finally {
      closeSync(fd)
    }
  }
  return htmlFiles(dir)
    .map((file) => ({ file, page: pageOf(file) }))
    .filter(({ file, page }) => (!only || only(page)) && (known?.(page) ?? !isRedirect(file)))
    .map(({ page }) => page)
}

/** axe-core in Node, for its version and rules only: reading them starts no browser. */
const axeInNode = createRequire(import.meta.url)('axe-core') as AxeWindow['axe']

/**
 * Runs axe-core (WCAG 2.0–2.2 A/AA rules and best practices) on every page of a build in Chromium, two pages at a
 * time, and reports per success criterion. The caller fails the publish on any violation. `only` limits the audit
 * to some pages (an incremental build audits the pages it rendered and carries the others' results over). Chromium
 * is started only for a page the cache has no result for.
 */
export async function auditBuild(
  browser: LazyBrowser,
  siteUrl: string,
  dir: string,
  {
    concurrency = 2,
    only,
    pages = pagePaths(dir, only),
    cacheDir,
  }: { concurrency?: number; only?: (page: string) => boolean; pages?: string[]; cacheDir?: string } = {},
): Promise<A11yReport> {
  // The rules and version, so that a report is whole even when every page was cached.
  const version = axeInNode.version
  const rules = axeInNode.getRules([...A11Y_TAGS]).map((r) => ({ id: r.ruleId, tags: r.tags }))
  const cache = cacheDir ? new BuildCache(cacheDir, dir, ['axe', version, ...A11Y_TAGS]) : null
  const results = new Map<string, Found>()
  const unseen: Array<{ page: string; key: Buffer }> = []
  for (const page of pages) {
    const key = auditKey(readFileSync(path.join(dir, fileOf(page))))
    const cached = cache?.get(key)
    if (cached) results.set(page, JSON.parse(cached.toString('utf8')) as Found)
    else unseen.push({ page, key })
  }
  if (unseen.length > 0) {
    const context = await (await browser.get()).newContext()
    await context.addInitScript({ content: axeSource })
    // axe reads markup and styles, not pixels: skipping image downloads keeps the audit of every page fast.
    await context.route(/\.(png|jpe?g|webp|avif|gif|svg)(\?.*)?$/i, (route) => route.abort())
    let next = 0
    try {
      const tabs = await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, unseen.length)) }, () => context.newPage()))
      const worker = async (tab: Page) => {
        while (next < unseen.length) {
          const { page, key } = unseen[next++]!
          await tab.goto(`${siteUrl}${page}`, { waitUntil: 'load' })
          const found = await tab.evaluate(
            async (tags) => {
              const run = await (window as unknown as AxeWindow).axe.run({ runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
              return run.violations.map((v) => ({ rule: v.id, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5) }))
            },
            [...A11Y_TAGS],
          )
          cache?.set(key, JSON.stringify(found))
          results.set(page, found)
        }
      }
      await Promise.all(tabs.map(worker))
    } finally {
      await context.close()
    }
  }
  const violations = pages.flatMap((page) => results.get(page)!.map((v) => ({ page, ...v })))
  return { date: new Date().toISOString(), axeVersion: version, pages, rules, violations }
}

/** `plans/x/index.html` → `plans/x/` (a page path as a reader opens it and the audit names it), `404.html` stays. */
export const pageOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1')

/** `plans/x/` → `plans/x/index.html`, `404.html` stays (the inverse of pageOf). */
const fileOf = (page: string) => (page === '' || page.endsWith('/') ? `${page}index.html` : page)

/** Writes the report into the results pages that the build made with a placeholder (Japanese and English). */
export function writeA11yResults(dir: string, base: string, report: A11yReport): string[] {
  const written: string[] = []
  for (const [locale, page] of [
    ['ja', 'accessibility/results/index.html'],
    ['en', 'en/accessibility/results/index.html'],
  ] as const) {
    const file = path.join(dir, page)
    const html = readFileSync(file, 'utf8')
    if (!html.includes(A11Y_RESULTS_PLACEHOLDER)) throw new Error(`${page} has no results placeholder`)
    writeFileSync(file, html.replace(A11Y_RESULTS_PLACEHOLDER, renderA11yResults(report, locale, base)))
    written.push(page)
  }
  return written
}

/**
 * The report of an incremental build: this build's audit of the pages it rendered, plus the previous build's results
 * for the pages it took over unchanged (`reused`, page paths as in A11yReport.pages).
 */
export function mergeA11yReports(audited: A11yReport, previous: A11yReport, reused: Set<string>, allPages: string[]): A11yReport {
  const rules = new Map(previous.rules.map((r) => [r.id, r.tags]))
  for (const r of audited.rules) rules.set(r.id, r.tags)
  return {
    ...audited,
    pages: allPages,
    rules: [...rules].map(([id, tags]) => ({ id, tags })),
    violations: [...previous.violations.filter((v) => reused.has(v.page)), ...audited.violations],
  }
}
