import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'

/** A query residents type, and the pages (paths under the base) that must be in its top 10. */
export interface SearchCase {
  query: string
  expect: string[]
  why: string
}

export interface QueryOutcome extends SearchCase {
  /** Paths of the first 10 results, in order. */
  top10: string[]
  total: number
  /** Expected pages in the top 10. */
  found: string[]
  /** Expected pages a plain substring search of the built pages finds (unranked, as typed). */
  foundBySubstring: string[]
}

/** Runs a query on the search page as a resident would (URL ?q=) and reads the rendered results. */
export async function searchInBrowser(page: Page, siteUrl: string, searchPath: string, query: string): Promise<{ top10: string[]; total: number }> {
  await page.goto(`${siteUrl}${searchPath}?q=${encodeURIComponent(query)}`)
  await page.waitForSelector('#search-status[data-state=done], #search-status[data-state=error]')
  if ((await page.getAttribute('#search-status', 'data-state')) === 'error') throw new Error(`Search failed for ${query}`)
  // The page shows results in batches (five, as Pagefind's own UI): ask for more until ten are shown or none is left.
  for (;;) {
    const shown = await page.locator('#search-results li').count()
    if (shown >= 10 || !(await page.isVisible('#search-more'))) break
    await page.click('#search-more')
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, shown)
  }
  const hrefs = await page.$$eval('#search-results a', (links) => links.map((a) => (a as HTMLAnchorElement).href))
  const total = Number((await page.textContent('#search-status'))?.match(/\d+/)?.[0] ?? 0)
  return { top10: hrefs.slice(0, 10).map((href) => href.slice(siteUrl.length)), total }
}

/** Pagefind's top-10 hits vs a plain substring search over page text, for each case. */
export async function measureRecall(
  page: Page,
  siteUrl: string,
  cases: SearchCase[],
  pageTexts: Map<string, string>,
  searchPath = 'search/',
): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = []
  for (const c of cases) {
    const { top10, total } = await searchInBrowser(page, siteUrl, searchPath, c.query)
    const words = c.query.split(/[\s\u3000]+/).filter(Boolean)
    const foundBySubstring = c.expect.filter((path) => {
      const text = pageTexts.get(`${siteUrl}${path}`) ?? ''
      return words.every((w) => text.includes(w))
    })
    outcomes.push({ ...c, top10, total, found: c.expect.filter((p) => top10.includes(p)), foundBySubstring })
  }
  return outcomes
}

export function recallSummary(outcomes: QueryOutcome[]) {
  const expected = outcomes.reduce((n, o) => n + o.expect.length, 0)
  const pagefind = outcomes.reduce((n, o) => n + o.found.length, 0)
  const substring = outcomes.reduce((n, o) => n + o.foundBySubstring.length, 0)
  return { queries: outcomes.length, expected, pagefindTop10: pagefind / expected, substring: substring / expected }
}

/** Pagefind's own files, which it writes gzip-compressed already: a host sends them as they are. */
const PRECOMPRESSED = /\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/

/**
 * What a resident downloads until the first results of a search are shown, from a fresh cache and the search page's
 * URL: the page and every file it had requested when the results appeared (its resource timing entries at that
 * moment: exact, where request events reach the test only later; the search runs in the page, not in a worker), sized
 * as a host serving gzip sends it (text gzip-compressed at level 9, Pagefind's own files as they are), and the time
 * from navigation to the results on the page. What the page fetches afterwards (the filter lists, more results) does
 * not count.
 */
export async function firstResultBytes(browser: Browser, siteUrl: string, outDir: string, query: string, searchPath = 'search/') {
  const context = await browser.newContext()
  const page = await context.newPage()
  let shown: { ms: number; urls: string[] } | undefined
  await page.exposeBinding('__resultsShown', (_source, ms: number, urls: string[]) => void (shown = { ms, urls }))
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      const status = document.getElementById('search-status')
      if (status?.dataset.state === 'done' || status?.dataset.state === 'error') {
        observer.disconnect()
        // Not what failed (the browser's own favicon.ico request on a page that names none).
        const fetched = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.responseStatus < 400)
        const urls = [location.href, ...fetched.map((entry) => entry.name)]
        void (window as unknown as { __resultsShown(ms: number, urls: string[]): void }).__resultsShown(performance.now(), urls)
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] })
  })
  await page.goto(`${siteUrl}${searchPath}?q=${encodeURIComponent(query)}`)
  await page.waitForSelector('#search-status[data-state=done], #search-status[data-state=error]')
  if ((await page.getAttribute('#search-status', 'data-state')) === 'error') throw new Error(`Search failed for ${query}`)
  // The binding's call reaches the test as its own message, possibly after the selector's.
  for (let waited = 0; !shown && waited < 5000; waited += 50) await page.waitForTimeout(50)
  if (!shown) throw new Error('The search page showed results, but its resource list never arrived')
  await context.close()
  const { ms: shownAt, urls } = shown!
  const files = urls.map((url) => {
    const rel = decodeURIComponent(new URL(url).pathname).slice(new URL(siteUrl).pathname.length)
    return path.join(outDir, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel)
  })
  const sizes = files.map((file) => {
    const bytes = readFileSync(file)
    return { file: path.relative(outDir, file), gzip: PRECOMPRESSED.test(file) ? bytes.length : gzipSync(bytes, { level: 9 }).length }
  })
  return { total: sizes.reduce((n, s) => n + s.gzip, 0), files: sizes, ms: shownAt }
}
