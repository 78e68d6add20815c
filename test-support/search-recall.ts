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
  const hrefs = await page.$$eval('#search-results a', (links) => links.map((a) => (a as HTMLAnchorElement).href))
  const total = Number((await page.textContent('#search-status'))?.match(/\d+/)?.[0] ?? 0)
  return { top10: hrefs.slice(0, 10).map((href) => href.slice(siteUrl.length)), total }
}

/** Pagefind's top-10 hits vs a plain substring search over page text, for each case. */
export async function measureRecall(page: Page, siteUrl: string, cases: SearchCase[], pageTexts: Map<string, string>, searchPath = 'search/'): Promise<QueryOutcome[]> {
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

/**
 * Bytes downloaded to show a first search result, as a host serving gzip would send them: every file the browser
 * fetched from a fresh cache, gzip-compressed at level 9 (Pagefind's own index files are already compressed).
 */
export async function firstResultBytes(browser: Browser, siteUrl: string, outDir: string, query: string, searchPath = 'search/') {
  const context = await browser.newContext()
  const page = await context.newPage()
  const urls: string[] = []
  page.on('request', (request) => urls.push(request.url()))
  await searchInBrowser(page, siteUrl, searchPath, query)
  await context.close()
  const files = urls.map((url) => {
    const rel = decodeURIComponent(new URL(url).pathname).slice(new URL(siteUrl).pathname.length)
    return path.join(outDir, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel)
  })
  const sizes = files.map((file) => ({ file: path.relative(outDir, file), gzip: gzipSync(readFileSync(file), { level: 9 }).length }))
  return { total: sizes.reduce((n, s) => n + s.gzip, 0), files: sizes }
}
