import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { A11Y_TAGS } from '../../src/lib/a11y-results.ts'
import { launchBrowser } from './browser.ts'

const siteUrl = inject('siteUrl')
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** One page of every kind, in both languages; search with a query so that results and filters are checked too. */
const PAGE_TYPES = [
  '',
  'plans/',
  'plans/sogo-keikaku/',
  'plans/sogo-senryaku/',
  'plans/sogo-keikaku/progress/',
  'plans/sogo-senryaku/progress/',
  'plans/sogo-senryaku/verification/2016/',
  'goals/goal-3-ninaite/',
  'principles/kyodo-no-takaramono/',
  'approaches/kyodo/',
  'priority-projects/ilc/',
  'plan-items/field-3/',
  'plan-items/field-3-policy-1-project-1/',
  'implementation-plans/jisshi-keikaku-2016/',
  'strategy-goals/hito/',
  'kpis/',
  'kpis/shinki-koyo/',
  'bodies/',
  'bodies/machizukuri-staff-kaigi/',
  'bodies/machizukuri-staff-kaigi-bukai-1/',
  'meetings/',
  'meetings/sogo-keikaku-shingikai-2015-1/',
  'meetings/yushikisha-kaigi-2017-1/',
  'pages/sakutei-soshiki/',
  'media/',
  'data/',
  'accessibility/',
  'accessibility/results/',
  `search/?q=${encodeURIComponent('子育て')}`,
]
  .flatMap((p) => [p, `en/${p}`])
  // Print editions are Japanese only.
  .concat(['plans/sogo-keikaku/print/', 'plans/sogo-senryaku/kpi-sheet/'])
/** The やさしい日本語 edition is Japanese only, with ruby always on. */
const EASY_PAGES = ['easy/', 'easy/goals/goal-3-ninaite/', 'easy/plans/sogo-keikaku/vision/', 'easy/plans/sogo-senryaku/progress/']

let browser: Browser
let context: BrowserContext
let page: Page
const foreignRequests: string[] = []

type AxeViolation = { id: string; help: string; nodes: Array<{ target: unknown }> }
/** Runs axe-core in the page with the WCAG 2.0–2.2 A and AA rules and best practices (landmarks, headings). */
async function axeViolations(target: Page): Promise<string[]> {
  await target.addScriptTag({ content: axeSource })
  const violations = await target.evaluate(
    async (tags) =>
      (
        await (window as unknown as { axe: { run(o: unknown): Promise<{ violations: AxeViolation[] }> } }).axe.run({
          runOnly: { type: 'tag', values: tags },
        })
      ).violations,
    [...A11Y_TAGS],
  )
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => JSON.stringify(n.target))
        .slice(0, 3)
        .join(', ')})`,
  )
}

beforeAll(async () => {
  browser = await launchBrowser()
  context = await browser.newContext()
  page = await context.newPage()
  context.on('request', (r) => {
    if (!r.url().startsWith(new URL(siteUrl).origin) && !r.url().startsWith('data:')) foreignRequests.push(r.url())
  })
})
afterAll(async () => browser?.close())

describe('accessibility (axe-core, WCAG 2.2 AA) on every page type', () => {
  it('catches a violation when there is one (the check itself works)', async () => {
    await page.setContent('<html lang="ja"><body><main><img src="data:,"><a href="#"></a></main></body></html>')
    expect((await axeViolations(page)).length).toBeGreaterThan(0)
  })

  it.each([...PAGE_TYPES, ...EASY_PAGES, '404-page'])('%s has no violations', async (path) => {
    const response = await page.goto(`${siteUrl}${path === '404-page' ? 'no-such-page/' : path}`)
    expect(response?.status()).toBe(path === '404-page' ? 404 : 200)
    if (path.includes('search/')) await page.waitForSelector('#search-status[data-state=done]')
    expect(await axeViolations(page)).toEqual([])
    expect(await page.getAttribute('html', 'lang')).toBe(path.startsWith('en/') ? 'en' : 'ja')
  })

  it('requested nothing from another host on any of those pages', () => {
    expect(foreignRequests).toEqual([])
  })
})

describe('keyboard, reflow and no-JavaScript use', () => {
  it('starts with a skip link that moves focus to the main content', async () => {
    await page.goto(`${siteUrl}kpis/shinki-koyo/`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText)).toBe('本文へ移動')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
  })

  it('reflows at 320 CSS pixels (400 % zoom) without horizontal scrolling of the page', async () => {
    await page.setViewportSize({ width: 320, height: 640 })
    const overflowing: string[] = []
    for (const path of PAGE_TYPES.filter((p) => !p.startsWith('en/'))) {
      await page.goto(`${siteUrl}${path}`)
      if (path.includes('search/')) await page.waitForSelector('#search-filters:not([hidden])')
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      if (width > 320) overflowing.push(`${path}: ${width}px`)
    }
    expect(overflowing).toEqual([])
  })

  it('keeps KPI chart text at 12 px or more on a 360 px phone, the unit label clear of the axis, in both languages', async () => {
    await page.setViewportSize({ width: 360, height: 740 })
    for (const path of ['kpis/shinki-koyo/', 'en/kpis/shinki-koyo/']) {
      await page.goto(`${siteUrl}${path}`)
      const { smallest, overlaps } = await page.evaluate(() => {
        const texts = [...document.querySelectorAll('svg.kpi-chart text')]
        const boxes = texts.map((t) => t.getBoundingClientRect())
        const unit = document.querySelector('svg.kpi-chart text.unit')!.getBoundingClientRect()
        const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
        return {
          smallest: Math.min(
            ...texts.map(
              (t) => parseFloat(getComputedStyle(t).fontSize) * (t.closest('svg')!.getBoundingClientRect().width / t.closest('svg')!.viewBox.baseVal.width),
            ),
          ),
          overlaps: texts.filter((t, i) => !t.classList.contains('unit') && hit(boxes[i], unit)).map((t) => t.textContent),
        }
      })
      expect(smallest, path).toBeGreaterThanOrEqual(12)
      expect(overlaps, path).toEqual([])
    }
  })

  it('shows KPI chart, table and rating without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false })
    const noJsPage = await noJs.newPage()
    await noJsPage.goto(`${siteUrl}kpis/shinki-koyo/`)
    expect(await noJsPage.locator('svg.kpi-chart[role=img]').count()).toBe(1)
    expect(await noJsPage.locator('.kpi-figure table tbody tr').count()).toBeGreaterThan(2)
    // innerText: what is shown (furigana stays hidden without JavaScript).
    expect(await noJsPage.innerText('main')).toContain('令和元年度（2019年度）')
    expect(await noJsPage.locator('.badge-sample').count()).toBeGreaterThan(0)
    await noJs.close()
  })
})
