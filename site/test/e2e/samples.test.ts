import { parse } from 'csv-parse/sync'
import { DomUtils, parseDocument } from 'htmlparser2'
import { withoutRuby } from '@keikaku/test-support/ruby'
import { describe, expect, inject, it } from 'vitest'
import { REAL_ACTUAL } from './staff-edits.ts'

const siteUrl = inject('siteUrl')
type Element = ReturnType<typeof DomUtils.findAll>[number]

async function page(path: string) {
  const response = await fetch(`${siteUrl}${path}`)
  expect(response.status, path).toBe(200)
  return parseDocument(withoutRuby(await response.text()))
}
const all = (root: Parameters<typeof DomUtils.findAll>[1], test: (e: Element) => boolean) => DomUtils.findAll(test, root)
const hasClass = (name: string) => (e: Element) => (e.attribs.class ?? '').split(/\s+/).includes(name)
const badges = (e: Element | Element[]) => all(Array.isArray(e) ? e : [e], hasClass('badge-sample'))
const text = (e: Element) => DomUtils.textContent(e).replace(/\s+/g, ' ').trim()

describe('サンプル badges mark exactly the sample values', () => {
  it('on a KPI page: each sample row of the table is badged, the real value typed by staff is not', async () => {
    const doc = await page(`kpis/${REAL_ACTUAL.kpi}/`)
    const rows = all(doc.children, (e) => e.name === 'tr' && DomUtils.getElementsByTagName('th', e).some((th) => th.attribs.scope === 'row'))
    const byYear = Object.fromEntries(rows.map((r) => [text(r).match(/(\d{4})年度/)?.[1], r]))
    expect(badges(byYear[REAL_ACTUAL.fiscalYear])).toHaveLength(0)
    expect(text(byYear[REAL_ACTUAL.fiscalYear])).toContain(String(REAL_ACTUAL.value))
    for (const year of [2015, 2016, 2017]) expect(badges(byYear[year]), String(year)).toHaveLength(1)
    // The trend heading no longer badges the whole table.
    const trend = all(doc.children, (e) => e.name === 'h2' && e.attribs.id === 'trend')
    expect(badges(trend)).toHaveLength(0)
  })

  it('on the chart: a dashed ring on each sample point and a legend entry, none on the real point', async () => {
    const doc = await page(`kpis/${REAL_ACTUAL.kpi}/`)
    const svg = all(doc.children, hasClass('kpi-chart'))[0]
    const points = all([svg], (e) => e.name === 'circle' && hasClass('point')(e) && (e.parent as Element | null)?.name !== 'g')
    const rings = all([svg], (e) => e.name === 'circle' && hasClass('sample-ring')(e) && e.parent === svg)
    const ringed = new Set(rings.map((r) => r.attribs.cx))
    expect(points.map((p) => ringed.has(p.attribs.cx))).toEqual([true, true, true, false])
    expect(text(all([svg], hasClass('legend'))[0])).toContain('サンプル値')
  })

  it('on list pages: a KPI line is badged when its latest figure is a sample, not when it is real', async () => {
    for (const path of ['kpis/', 'goals/goal-1-miryoku/', 'strategy-goals/shigoto/']) {
      const doc = await page(path)
      const line = (key: string) =>
        all(doc.children, (e) => e.name === 'li' && all([e], (a) => a.name === 'a' && (a.attribs.href ?? '').endsWith(`/kpis/${key}/`)).length > 0)[0]
      expect(line(REAL_ACTUAL.kpi), path).toBeDefined()
      expect(badges(line(REAL_ACTUAL.kpi)), path).toHaveLength(0)
      expect(badges(line('kanko-kyaku')), path).toHaveLength(1)
    }
  })

  it('on an implementation plan: every sample budget figure and project is badged', async () => {
    const doc = await page('implementation-plans/jisshi-keikaku-2016/')
    const cells = all(doc.children, (e) => e.name === 'td' && hasClass('num')(e))
    expect(cells.length).toBeGreaterThan(0)
    expect(cells.every((c) => badges(c).length === 1)).toBe(true)
  })

  it('on plan lists: a sample title is badged where it is listed', async () => {
    const plan = await page('plans/sogo-keikaku/')
    const card = (e: Element) => e.name === 'li' && hasClass('cards')(e.parent as Element)
    const editions = all(
      plan.children,
      (e) => card(e) && all([e], (a) => a.name === 'a' && /\/implementation-plans\/jisshi-keikaku-\d+\/$/.test(a.attribs.href ?? '')).length > 0,
    )
    expect(editions.length).toBeGreaterThan(0)
    expect(editions.every((li) => badges(li).length === 1)).toBe(true)
    const goals = all((await page('')).children, (e) => card(e) && all([e], (a) => a.name === 'a' && (a.attribs.href ?? '').includes('/goals/')).length > 0)
    expect(goals.length).toBeGreaterThan(0)
    expect(badges(goals)).toHaveLength(0) // the goals are the city's own words
  })

  it('on the home page: the badge ends the sample vision text, never under the official slogan', async () => {
    const doc = await page('')
    const vision = all(doc.children, hasClass('vision'))[0]
    const slogan = all([vision], hasClass('slogan'))[0]
    expect(text(slogan)).toMatch(/^みつけよう育てよう\s郷土の宝\sいのち輝く一関$/)
    expect(badges(slogan)).toHaveLength(0)
    const [badge] = badges(vision)
    expect((badge.parent as Element).name).toBe('p')
    expect(hasClass('prose')(badge.parent!.parent as Element)).toBe(true)
    expect(badge.prev).not.toBeNull()
  })
})

describe('open data: the sample column is per row', () => {
  it('marks the staff-entered actual false and the seeded samples true, in CSV and JSON', async () => {
    const csv = await (await fetch(`${siteUrl}data/kpis/${REAL_ACTUAL.kpi}.csv`)).text()
    const rows = parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>
    const actuals = Object.fromEntries(rows.filter((r) => r.value_type === 'actual').map((r) => [r.fiscal_year, r.sample]))
    expect(actuals).toEqual({ 2015: 'true', 2016: 'true', 2017: 'true', [REAL_ACTUAL.fiscalYear]: 'false' })
    const json = (await (await fetch(`${siteUrl}data/kpis/${REAL_ACTUAL.kpi}.json`)).json()) as {
      kpi: { actuals: Array<{ fiscalYear: number; sample: boolean }> }
    }
    expect(Object.fromEntries(json.kpi.actuals.map((a) => [a.fiscalYear, a.sample]))).toEqual({
      2015: true,
      2016: true,
      2017: true,
      [REAL_ACTUAL.fiscalYear]: false,
    })
  })
})
