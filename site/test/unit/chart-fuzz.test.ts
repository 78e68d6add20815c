import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderKpiChart, type ChartKpi } from '../../src/lib/kpi-chart.ts'
import { niceTicks } from '../../src/lib/svg.ts'

/** Issue 12.2: no value the CMS accepts may hang or break the chart. */
const anyDouble = fc.double({ noNaN: false })
const tricky = fc.constantFrom(
  0,
  -0,
  0.3,
  0.1 + 0.2,
  100,
  100.00000000000001,
  1e20,
  100000000000000016384,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  1e-300,
  Infinity,
  -Infinity,
  NaN,
  2 ** 53 + 2,
)
const value = fc.oneof(anyDouble, tricky, fc.integer())

function expectGoodTicks(ticks: number[], min: number, max: number) {
  expect(ticks.length).toBeGreaterThanOrEqual(2)
  expect(ticks.length).toBeLessThanOrEqual(3 * 5 + 3)
  for (const [i, t] of ticks.entries()) {
    expect(Number.isFinite(t)).toBe(true)
    if (i > 0) expect(t).toBeGreaterThan(ticks[i - 1])
  }
  if (Number.isFinite(min) && Number.isFinite(max)) {
    expect(ticks[0]).toBeLessThanOrEqual(Math.min(min, max) + Math.abs(ticks[1] - ticks[0]))
    expect(ticks.at(-1)!).toBeGreaterThanOrEqual(Math.max(min, max) - Math.abs(ticks[1] - ticks[0]))
  }
}

describe('niceTicks is total', () => {
  it.each([
    [0.3, 0.1 + 0.2],
    [100, 100.00000000000001],
    [1e20, 100000000000000016384],
    [5, 5],
    [0, 0],
    [-7, -7],
    [-Number.MAX_VALUE, Number.MAX_VALUE],
    [Number.MAX_VALUE, Number.MAX_VALUE],
    [0, Number.MIN_VALUE],
    [Number.MIN_VALUE, 2 * Number.MIN_VALUE],
    [9, -3],
  ])('niceTicks(%s, %s) ends with a few finite ticks', (min, max) => expectGoodTicks(niceTicks(min, max), min, max))

  it('returns 2..18 finite increasing ticks covering any pair of numbers', () => {
    fc.assert(
      fc.property(value, value, (a, b) => expectGoodTicks(niceTicks(a, b), a, b)),
      { numRuns: 3000 },
    )
  })
})

describe('renderKpiChart is total', () => {
  const year = fc.oneof(fc.integer({ min: 1900, max: 2200 }), fc.integer(), fc.constantFrom(NaN, Infinity))
  const point = fc.record({ fiscalYear: year, value })
  const chartKpi: fc.Arbitrary<ChartKpi> = fc.record({
    baseline: point,
    target: point,
    actuals: fc.array(
      fc.record({
        fiscalYear: year,
        value,
        status: fc.constantFrom('final' as const, 'preliminary' as const),
        note: fc.constant(null),
        source: fc.constant(null),
        sample: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
  })

  it('gives finite coordinates and a bounded number of labels for any values', () => {
    fc.assert(
      fc.property(chartKpi, fc.constantFrom('ja' as const, 'en' as const), (kpi, locale) => {
        const svg = renderKpiChart(kpi, { id: 'c', locale, title: 't', unit: '人' })
        const attributes = [...svg.matchAll(/ (?:x|y|x1|x2|y1|y2|cx|cy|width|height|viewBox|d)="([^"]*)"/g)].map((m) => m[1])
        expect(attributes.length).toBeGreaterThan(0)
        expect(attributes.filter((a) => /NaN|Infinity/.test(a))).toEqual([])
        expect(svg.match(/<text class="tick era"/g)?.length ?? 0).toBeLessThanOrEqual(20)
        expect(svg.length).toBeLessThan(20_000)
      }),
      { numRuns: 500 },
    )
  })
})
