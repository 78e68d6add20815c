import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './browser.ts'
import { crawl } from '@keikaku/test-support/crawl'
import { ENGLISH_QUERIES, JAPANESE_QUERIES } from './search-queries.ts'
import { firstResultBytes, measureRecall, recallSummary, searchInBrowser, type QueryOutcome } from '@keikaku/test-support/search-recall'

const siteUrl = inject('siteUrl')
let browser: Browser
let page: Page
let japanese: QueryOutcome[]

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 390, height: 844 } })
  const { pages } = await crawl(siteUrl)
  japanese = await measureRecall(page, siteUrl, JAPANESE_QUERIES, pages)
  const summary = recallSummary(japanese)
  console.info(
    `Search regression set: ${summary.queries} queries, ${summary.expected} expected pages; ` +
      `Pagefind top-10 recall ${(summary.pagefindTop10 * 100).toFixed(0)}%, plain substring search ${(summary.substring * 100).toFixed(0)}%`,
  )
})
afterAll(async () => browser?.close())

describe('Japanese search (Pagefind, in Chromium)', () => {
  it.each(JAPANESE_QUERIES.map((c) => [c.query, c.why]))('finds the expected pages for %s (%s) in the top 10', (query) => {
    const outcome = japanese.find((o) => o.query === query)!
    expect({ query, missing: outcome.expect.filter((p) => !outcome.top10.includes(p)) }).toEqual({ query, missing: [] })
  })

  it('finds what a plain substring search misses (full-width and half-width forms)', () => {
    const beyondSubstring = japanese.filter((o) => o.found.length === o.expect.length && o.foundBySubstring.length < o.expect.length).map((o) => o.query)
    expect(beyondSubstring).toEqual(expect.arrayContaining(['ＩＬＣ', 'ﾘﾆｱｺﾗｲﾀﾞｰ', '２０１９']))
    const summary = recallSummary(japanese)
    expect(summary.pagefindTop10).toBe(1)
    expect(summary.substring).toBeLessThan(1)
  })

  it('shows highlighted excerpts and filters by kind and by goal', async () => {
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent('子育て')}`)
    await page.waitForSelector('#search-status[data-state=done]')
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0)
    await page.waitForSelector('#search-filters:not([hidden])')
    const all = (await searchInBrowser(page, siteUrl, 'search/', '子育て')).total

    await page.goto(`${siteUrl}search/?q=${encodeURIComponent('子育て')}&kind=${encodeURIComponent('指標（KPI）')}`)
    await page.waitForSelector('#search-status[data-state=done]')
    const kinds = await page.$$eval('#search-results .kind-label', (els) => els.map((e) => e.textContent))
    expect(kinds.length).toBeGreaterThan(0)
    expect(kinds.length).toBeLessThan(all)
    expect(new Set(kinds)).toEqual(new Set(['指標（KPI）'.normalize('NFKC')]))

    const goal = '自ら輝きながら次代の担い手を応援するまち'
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent('子育て')}&goal=${encodeURIComponent(goal)}`)
    await page.waitForSelector('#search-status[data-state=done]')
    const hrefs = await page.$$eval('#search-results a', (links) => links.map((a) => (a as HTMLAnchorElement).pathname))
    expect(hrefs.length).toBeGreaterThan(0)
    expect(hrefs.some((h) => h.includes('/plans/'))).toBe(false) // plans belong to no single goal
  })

  it('shows five results first and five more on request', async () => {
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent('子育て')}`)
    await page.waitForSelector('#search-status[data-state=done]')
    const results = page.locator('#search-results li')
    expect(await results.count()).toBe(5)
    await page.click('#search-more')
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 5)
    expect(await results.count()).toBe(10)
  })

  it('submits from the header search box to the search page', async () => {
    await page.goto(`${siteUrl}goals/goal-3-ninaite/`)
    await page.fill('#site-search', '待機児童')
    await page.press('#site-search', 'Enter')
    await page.waitForSelector('#search-status[data-state=done]')
    expect(new URL(page.url()).pathname).toBe(`${inject('basePath')}search/`)
    expect(await page.inputValue('#q')).toBe('待機児童')
  })

  it('keeps the first search result within 150 KB of gzip-compressed downloads', async () => {
    const { total, files } = await firstResultBytes(browser, siteUrl, inject('outDir'), '子育て支援')
    expect(files.some((f) => f.file.endsWith('.pf_fragment'))).toBe(true)
    expect(total, JSON.stringify(files, null, 1)).toBeLessThanOrEqual(150 * 1024)
  })
})

describe('what the search page loads ahead', () => {
  // The page asks for Pagefind's code and its language's WebAssembly while it is parsed; a wrong name would cost a
  // resident a wasted download on every search.
  it.each([
    ['ja', 'search/'],
    ['en', 'en/search/'],
  ])('preloads the files Pagefind uses for %s', async (lang, searchPath) => {
    await page.goto(`${siteUrl}${searchPath}`)
    const preloads = await page.$$eval('link[rel=preload], link[rel=modulepreload]', (links) => links.map((l) => (l as HTMLLinkElement).href))
    const entry = (await (await fetch(`${siteUrl}pagefind/pagefind-entry.json`)).json()) as { languages: Record<string, { wasm: string | null }> }
    const pagefind = `${siteUrl}pagefind/`
    expect(preloads.toSorted()).toEqual([`${pagefind}pagefind.js`, `${pagefind}wasm.${entry.languages[lang].wasm ?? 'unknown'}.pagefind`])
    for (const url of preloads) expect((await fetch(url)).status, url).toBe(200)
  })
})

describe('English search', () => {
  it.each(ENGLISH_QUERIES.map((c) => [c.query, c.expect] as const))('finds %s in the English index', async (query, expected) => {
    const { top10 } = await searchInBrowser(page, siteUrl, 'en/search/', query)
    expect(expected.filter((p) => !top10.includes(p))).toEqual([])
    expect(top10.every((p) => p.startsWith('en/'))).toBe(true)
  })
})
