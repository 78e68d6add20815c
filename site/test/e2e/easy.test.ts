import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './browser.ts'

const siteUrl = inject('siteUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

const get = async (path: string) => {
  const response = await fetch(`${siteUrl}${path}`)
  return { status: response.status, html: await response.text() }
}

describe('やさしい日本語 edition (/easy/)', () => {
  it('lists the records that have a summary, and only those', async () => {
    const { status, html } = await get('easy/')
    expect(status).toBe(200)
    expect(html).toMatch(/<html lang="ja" data-ruby="always"/)
    for (const path of [
      'easy/plans/sogo-keikaku/',
      'easy/plans/sogo-keikaku/vision/',
      'easy/plans/sogo-senryaku/progress/',
      'easy/principles/kyodo-no-takaramono/',
      'easy/goals/goal-3-ninaite/',
      'easy/priority-projects/ilc/',
      'easy/bodies/sogo-keikaku-shingikai/',
      'easy/meetings/sogo-keikaku-shingikai-2015-1/',
    ]) {
      expect(html).toContain(`href="/keikaku/${path}"`)
      expect((await get(path)).status).toBe(200)
    }
    // No summary, no page: approaches and plan items have none in the seed.
    expect(html).not.toContain('easy/approaches/')
    expect((await get('easy/approaches/kyodo/')).status).toBe(404)
    expect((await get('easy/plan-items/field-3/')).status).toBe(404)
  })

  it('shows the summary with ruby, the sample label and a link to the regular page', async () => {
    const { html } = await get('easy/goals/goal-3-ninaite/')
    expect(html).toMatch(/<html lang="ja" data-ruby="always"/)
    expect(html).toContain('<ruby>子育<rp>(</rp><rt>こそだ</rt><rp>)</rp></ruby>て')
    expect(html).toContain('サンプル')
    expect(html).toContain('href="/keikaku/goals/goal-3-ninaite/"')
    // The city's dictionary wins: 一関 is いちのせき, not IPADIC's いちぜき.
    const vision = (await get('easy/plans/sogo-keikaku/vision/')).html
    expect(vision).toContain('<ruby>一関<rp>(</rp><rt>いちのせき</rt><rp>)</rp></ruby>')
    expect(vision).not.toContain('いちぜき')
  })

  it('counts the KPIs of a plan by rating on its progress page', async () => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}easy/plans/sogo-senryaku/progress/`)
    const rows = await page.$$eval('main table tbody tr', (trs) => trs.map((tr) => tr.querySelector('td')?.textContent))
    expect(rows).toHaveLength(4)
    expect(rows.reduce((n, c) => n + Number.parseInt(c ?? '0', 10), 0)).toBeGreaterThan(0)
    await page.close()
  })

  it('is linked from the header of every page, Japanese and English', async () => {
    for (const path of ['', 'goals/goal-3-ninaite/', 'en/', 'en/kpis/shinki-koyo/']) {
      expect((await get(path)).html).toMatch(/<a class="easy-link" href="\/keikaku\/easy\/" lang="ja"[^>]*>やさしいにほんご<\/a>/)
    }
  })
})

describe('furigana toggle on regular pages', () => {
  const rtShown = (page: import('playwright-core').Page) => page.$eval('main rt', (rt) => getComputedStyle(rt).display !== 'none')

  it('has ruby in the page but hides it, and the switch, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl}goals/goal-3-ninaite/`)
    expect(await page.locator('main ruby').count()).toBeGreaterThan(0)
    expect(await rtShown(page)).toBe(false)
    expect(await page.locator('[data-ruby-toggle]').isVisible()).toBe(false)
    // Ruby is always shown in the easy edition, script or not.
    await page.goto(`${siteUrl}easy/goals/goal-3-ninaite/`)
    expect(await rtShown(page)).toBe(true)
    await context.close()
  })

  it('is off by default, turns ruby on, and is remembered on the next page', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${siteUrl}goals/goal-3-ninaite/`)
    const toggle = page.locator('[data-ruby-toggle]')
    await toggle.waitFor({ state: 'visible' })
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    expect(await rtShown(page)).toBe(false)
    await toggle.click()
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    expect(await rtShown(page)).toBe(true)
    await page.goto(`${siteUrl}plan-items/field-3/`)
    await page.locator('[data-ruby-toggle][aria-pressed=true]').waitFor()
    expect(await rtShown(page)).toBe(true)
    await page.locator('[data-ruby-toggle]').click()
    expect(await rtShown(page)).toBe(false)
    await context.close()
  })

  it('keeps ruby text out of search excerpts, while readings find kanji pages', async () => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent('子育て')}`)
    await page.waitForSelector('#search-status[data-state=done]')
    const excerpts = await page.textContent('#search-results')
    expect(excerpts).toContain('子育て')
    expect(excerpts).not.toMatch(/子育\(?こそだ/)
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent('こそだて')}`)
    await page.waitForSelector('#search-status[data-state=done]')
    const first = await page.$$eval('#search-results a', (links) => links.slice(0, 3).map((a) => (a as HTMLAnchorElement).textContent ?? ''))
    expect(first.some((t) => t.includes('子育て'))).toBe(true)
    await page.close()
  })
})
