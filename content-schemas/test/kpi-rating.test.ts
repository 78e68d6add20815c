import { describe, expect, it } from 'vitest'
import type { KpiActual } from '../src/kpi.ts'
import { rateKpi } from '../src/kpi-rating.ts'

const actual = (fiscalYear: number, value: number): KpiActual => ({ fiscalYear, value, status: 'final', note: null, source: null, sample: false })
const kpi = (direction: 'higher' | 'lower', baseline: number, target: number, actuals: KpiActual[]) => ({
  direction,
  baseline: { fiscalYear: 2014, value: baseline },
  target: { fiscalYear: 2019, value: target },
  actuals,
})

describe('rateKpi (default rule)', () => {
  it('is 未測定 without an actual', () => expect(rateKpi(kpi('higher', 0, 100, [])).rating).toBe('unmeasured'))

  it('is 達成 at 100 % or more', () => expect(rateKpi(kpi('higher', 0, 100, [actual(2016, 100)])).rating).toBe('achieved'))

  it('is 順調 at or above the share of the period elapsed', () => {
    // 2 of 5 years elapsed = 40 %; progress 40 %.
    const status = rateKpi(kpi('higher', 0, 100, [actual(2016, 40)]))
    expect(status).toMatchObject({ rating: 'on-track', progress: 0.4, elapsed: 0.4 })
  })

  it('is 遅れ below it', () => expect(rateKpi(kpi('higher', 0, 100, [actual(2016, 39)])).rating).toBe('behind'))

  it('counts a fall as progress for lower-is-better indicators', () => {
    expect(rateKpi(kpi('lower', 40, 0, [actual(2018, 5)])).progress).toBeCloseTo(0.875)
    expect(rateKpi(kpi('lower', 40, 0, [actual(2018, 5)])).rating).toBe('on-track')
    expect(rateKpi(kpi('lower', 40, 0, [actual(2016, 45)])).rating).toBe('behind')
  })

  it('rates by the latest fiscal year, whatever the order of entry', () => {
    expect(rateKpi(kpi('higher', 0, 100, [actual(2018, 100), actual(2015, 1)])).latest?.fiscalYear).toBe(2018)
  })

  it('treats a target equal to the baseline as "keep it"', () => {
    expect(rateKpi(kpi('higher', 50, 50, [actual(2016, 51)])).rating).toBe('achieved')
    expect(rateKpi(kpi('lower', 50, 50, [actual(2016, 51)])).rating).toBe('behind')
  })
})
