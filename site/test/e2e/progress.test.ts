import { readSnapshot } from '@keikaku/content-schemas/io'
import { planProgress, RATING_LABELS, RATINGS, ratingsByYear, verificationReport, verificationYears, type Snapshot } from '@keikaku/content-schemas'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './browser.ts'

const siteUrl = inject('siteUrl')
const basePath = inject('basePath')
let snapshot: Snapshot
let browser: Browser
let page: Page

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order
const kpisSorted = () => [...snapshot.kpis].sort(byOrder)
const progressOf = (planKey: string) => {
  const plan = snapshot.plans.find((p) => p.key === planKey)!
  const groups = plan.kind === 'comprehensive' ? snapshot.goals : snapshot['strategy-goals']
  return planProgress(
    plan,
    groups
      .filter((g) => g.plan === plan.key)
      .sort(byOrder)
      .map((g) => g.key),
    kpisSorted(),
  )
}
/** The counts table of a progress summary, as { 達成: 2, … } (column header → count). */
const countsIn = async (scope: string) =>
  page.$eval(`${scope} table.progress-counts`, (table) => {
    const labels = [...table.querySelectorAll('thead th[data-rating]')].map((th) => (th as HTMLElement).innerText.trim())
    const counts = [...table.querySelectorAll('tbody td[data-rating]')].map((td) => Number.parseInt((td as HTMLElement).innerText, 10))
    return Object.fromEntries(labels.map((l, i) => [l, counts[i]]))
  })
const expectedCounts = (counts: Record<string, number>) => Object.fromEntries(RATINGS.map((r) => [RATING_LABELS[r].ja, counts[r]]))

beforeAll(async () => {
  snapshot = readSnapshot(inject('snapshotDir'))
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 360, height: 800 } })
})
afterAll(async () => browser?.close())

describe('progress pages', () => {
  it.each(['sogo-keikaku', 'sogo-senryaku'])('%s: counts per goal and in total match the snapshot, each KPI linked', async (planKey) => {
    const progress = progressOf(planKey)
    expect(progress.total.counts.total).toBeGreaterThan(0)
    const response = await page.goto(`${siteUrl}plans/${planKey}/progress/`)
    expect(response?.status()).toBe(200)
    expect(await countsIn('section[aria-labelledby=total]')).toEqual(expectedCounts(progress.total.counts))
    expect(await page.locator('svg.progress-bar[role=img]').first().getAttribute('aria-label')).toContain(`達成 ${progress.total.counts.achieved}件`)
    for (const group of progress.groups) {
      const scope = `section.progress-group[data-group="${group.key ?? ''}"]`
      if (group.counts.total > 0) expect(await countsIn(scope)).toEqual(expectedCounts(group.counts))
      const links = await page.$$eval(`${scope} ul.progress-kpis a`, (as) => as.map((a) => a.getAttribute('href')))
      expect(links).toEqual(group.kpis.map((r) => `${basePath}kpis/${r.kpi.key}/`))
    }
    // The fiscal year it is as of, in 和暦 with the Western year, and the rule computed.
    expect(await page.innerText('[data-testid=as-of]')).toMatch(/令和|平成/)
    expect(await page.innerText('[data-testid=as-of]')).toContain(`（${progress.asOf}年度）`)
    expect(await page.innerText('main')).toContain('進捗率 =（実績値 − 基準値）')
    for (const fy of verificationYears(planKey, kpisSorted())) {
      expect(await page.locator(`a[href="${basePath}plans/${planKey}/verification/${fy}/"]`).count()).toBe(1)
    }
  })

  it('the English progress page shows the same totals with English labels', async () => {
    const progress = progressOf('sogo-keikaku')
    await page.goto(`${siteUrl}en/plans/sogo-keikaku/progress/`)
    const counts = await countsIn('section[aria-labelledby=total]')
    expect(counts).toEqual(Object.fromEntries(RATINGS.map((r) => [RATING_LABELS[r].en, progress.total.counts[r]])))
    expect(await page.innerText('[data-testid=as-of]')).toContain(`FY${progress.asOf}`)
  })

  it('goal and strategy-goal pages show their own summary; the plan and home pages link the progress pages', async () => {
    const group = progressOf('sogo-keikaku').groups.find((g) => g.key === 'goal-1-miryoku')!
    await page.goto(`${siteUrl}goals/goal-1-miryoku/`)
    expect(await countsIn('[data-testid=group-progress]')).toEqual(expectedCounts(group.counts))
    const hito = progressOf('sogo-senryaku').groups.find((g) => g.key === 'hito')!
    await page.goto(`${siteUrl}strategy-goals/hito/`)
    expect(await countsIn('[data-testid=group-progress]')).toEqual(expectedCounts(hito.counts))

    await page.goto(siteUrl)
    for (const planKey of ['sogo-keikaku', 'sogo-senryaku']) {
      expect(await page.locator(`[data-testid=home-progress] a[href="${basePath}plans/${planKey}/progress/"]`).count()).toBe(1)
      expect(await countsIn(`[data-testid=home-progress] section[aria-labelledby=progress-${planKey}]`)).toEqual(
        expectedCounts(progressOf(planKey).total.counts),
      )
    }
    await page.goto(`${siteUrl}plans/sogo-senryaku/`)
    expect(await page.locator(`a[href="${basePath}plans/sogo-senryaku/progress/"]`).count()).toBeGreaterThan(0)
    expect(await page.locator(`a[href="${basePath}plans/sogo-senryaku/verification/2016/"]`).count()).toBe(1)
  })
})

describe("the council's yearly report", () => {
  it('exists for every plan and fiscal year with a verification', async () => {
    for (const plan of snapshot.plans) {
      for (const fy of verificationYears(plan.key, kpisSorted())) {
        expect((await fetch(`${siteUrl}plans/${plan.key}/verification/${fy}/`)).status).toBe(200)
      }
    }
  })

  it('lists each verified KPI with the year’s actual, the computed rating, the grade with its meaning, the comment and the meeting', async () => {
    const plan = snapshot.plans.find((p) => p.key === 'sogo-senryaku')!
    const rows = verificationReport(plan, kpisSorted(), 2016)
    expect(rows.length).toBeGreaterThan(1)
    await page.goto(`${siteUrl}plans/sogo-senryaku/verification/2016/`)
    expect(await page.innerText('h1')).toContain('平成28年度（2016年度）')
    expect(await page.$$eval('article.report-item', (as) => as.map((a) => a.getAttribute('data-kpi')))).toEqual(rows.map((r) => r.kpi.key))
    for (const row of rows) {
      const item = page.locator(`article.report-item[data-kpi="${row.kpi.key}"]`)
      const text = (await item.innerText())!
      expect(await item.locator(`a[href="${basePath}kpis/${row.kpi.key}/"]`).count()).toBe(1)
      if (row.actual) expect(text).toContain(row.actual.value.toLocaleString('ja-JP'))
      expect(text).toContain(RATING_LABELS[row.status.rating].ja)
      expect(text).toContain(`${row.verification.grade}（${row.step!.label.ja}）`)
      expect(text).toContain(row.step!.meaning!.ja)
      expect(text).toContain(row.verification.comment.ja)
      if (row.verification.meeting) expect(await item.locator(`a[href="${basePath}meetings/${row.verification.meeting}/"]`).count()).toBe(1)
    }
    // What the grades mean, flagged as a sample in the seed.
    expect(await page.locator('section[aria-labelledby=grades] .badge-sample').count()).toBe(1)
    expect(await page.locator('.grade-scale dt').count()).toBe(plan.gradeScale.length)
  })

  it('the meeting page lists the verdicts given at it', async () => {
    const verdicts = kpisSorted().flatMap((k) => k.verifications.filter((v) => v.meeting === 'yushikisha-kaigi-2017-1').map(() => k.key))
    expect(verdicts.length).toBeGreaterThan(0)
    await page.goto(`${siteUrl}meetings/yushikisha-kaigi-2017-1/`)
    const links = await page.$$eval('[data-testid=meeting-verdicts] li > a:first-child', (as) => as.map((a) => a.getAttribute('href')))
    expect(links).toEqual(verdicts.map((k) => `${basePath}kpis/${k}/`))
  })
})

describe('ratings per year on the KPI page', () => {
  it('shows the rating at each year’s actual', async () => {
    const kpi = snapshot.kpis.find((k) => k.key === 'shinki-koyo')!
    const expected = ratingsByYear(kpi).map((s) => [String(s.latest!.fiscalYear), RATING_LABELS[s.rating].ja])
    expect(new Set(expected.map(([, r]) => r)).size).toBeGreaterThan(1)
    await page.goto(`${siteUrl}kpis/shinki-koyo/`)
    const shown = await page.$$eval('td[data-rating-year]', (cells) =>
      cells.map((c) => [c.getAttribute('data-rating-year'), (c.querySelector('.rating') as HTMLElement).innerText]),
    )
    expect(shown).toEqual(expected)
    // The grade is shown with its meaning.
    expect(await page.innerText('[data-verification-year="2016"]')).toContain('目標の達成に向けて十分な効果があり')
  })
})

describe('open data: progress and verifications', () => {
  const get = async (file: string) => {
    const response = await fetch(`${siteUrl}data/${file}`)
    expect(response.status).toBe(200)
    return new Uint8Array(await response.arrayBuffer())
  }
  const csvLines = (bytes: Uint8Array) => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes.slice(3))
    expect(text).toContain('\r\n')
    return text.trimEnd().split('\r\n')
  }

  it('progress.csv has a row per plan × group × rating, with the page’s counts', async () => {
    const lines = csvLines(await get('progress.csv'))
    const header = lines[0]!.split(',')
    expect(header.slice(0, 4)).toEqual(['municipality_code', 'plan_key', 'as_of_fiscal_year', 'group_kind'])
    const groups = snapshot.plans.reduce((n, p) => n + 1 + progressOf(p.key).groups.length, 0)
    expect(lines.length - 1).toBe(groups * RATINGS.length)
    const total = progressOf('sogo-keikaku').total.counts
    const countCol = header.indexOf('count')
    const planRows = lines.filter((l) => l.startsWith('032093,sogo-keikaku,') && l.split(',')[3] === 'plan')
    expect(planRows.map((l) => Number(l.split(',')[countCol]))).toEqual(RATINGS.map((r) => total[r]))
  })

  it('verifications.csv has a row per plan × year × verified KPI', async () => {
    const lines = csvLines(await get('verifications.csv'))
    const expected = snapshot.plans.flatMap((p) => verificationYears(p.key, kpisSorted()).flatMap((fy) => verificationReport(p, kpisSorted(), fy)))
    expect(lines.length - 1).toBe(expected.length)
    expect(lines[0]).toContain('grade_meaning_ja')
  })

  it('the JSON files carry the same', async () => {
    const progress = JSON.parse(new TextDecoder().decode(await get('progress.json')))
    expect(progress.plans.map((p: { plan: string }) => p.plan)).toEqual([...snapshot.plans].sort(byOrder).map((p) => p.key))
    expect(progress.plans[0].groups[0].counts).toEqual(progressOf(progress.plans[0].plan).total.counts)
    const verifications = JSON.parse(new TextDecoder().decode(await get('verifications.json')))
    expect(verifications.verifications[0]).toMatchObject({ grade: expect.any(String), gradeMeaning: { ja: expect.any(String) } })
  })

  it('the data page lists them', async () => {
    await page.goto(`${siteUrl}data/`)
    for (const file of ['progress.csv', 'progress.json', 'verifications.csv', 'verifications.json']) {
      expect(await page.locator(`a[href="${basePath}data/${file}"]`).count()).toBe(1)
    }
  })
})
