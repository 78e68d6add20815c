import { describe, expect, it } from 'vitest'
import { renderKpiChart, type ChartKpi } from '../../src/lib/kpi-chart.ts'
import { niceTicks } from '../../src/lib/svg.ts'

const kpi: ChartKpi = {
  baseline: { fiscalYear: 2014, value: 0 },
  target: { fiscalYear: 2019, value: 500 },
  actuals: [
    { fiscalYear: 2016, value: 210, status: 'final', note: null, source: null, sample: true },
    { fiscalYear: 2015, value: 95, status: 'final', note: null, source: null, sample: false },
    { fiscalYear: 2017, value: 320, status: 'preliminary', note: null, source: null, sample: false },
  ],
}
const options = { id: 'c', locale: 'ja' as const, title: '新規雇用者数 <累計>', unit: '人' }
const circles = (svg: string) =>
  [...svg.matchAll(/<circle class="point (\w+)" cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => ({ status: m[1], x: Number(m[2]), y: Number(m[3]) }))

describe('renderKpiChart', () => {
  it('is a labelled image: title and description referenced by id, text escaped', () => {
    const svg = renderKpiChart(kpi, options)
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c-title c-desc"/)
    expect(svg).toContain('<title id="c-title">新規雇用者数 &lt;累計&gt;</title>')
    expect(svg).toContain('基準値 0人（平成26年度（2014年度））')
    expect(svg).toContain('最新の実績 320人（平成29年度（2017年度）、速報値）')
  })

  it('plots one point per actual in fiscal-year order, higher values higher up, preliminary ones hollow', () => {
    const points = circles(renderKpiChart(kpi, options)).slice(0, 3)
    expect(points.map((p) => p.status)).toEqual(['final', 'final', 'preliminary'])
    expect(points[0].x).toBeLessThan(points[1].x)
    expect(points[1].y).toBeLessThan(points[0].y)
    expect(renderKpiChart(kpi, options)).toContain('class="actual preliminary"')
  })

  it('draws the path from baseline to target and the axis years', () => {
    const [plot] = renderKpiChart(kpi, options).split('<g class="legend">')
    // The legend draws a target-path sample too: look at the plot only. Baseline 0 lies below target 500, to its left.
    const path = plot.match(/<line class="target-path" x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"\/>/)
    expect(path, 'the plot draws a path from baseline to target').not.toBeNull()
    const [x1, y1, x2, y2] = path!.slice(1).map(Number)
    expect(x1).toBeLessThan(x2)
    expect(y2).toBeLessThan(y1)
    for (const year of [2014, 2019]) expect(plot).toContain(`>${year}</text>`)
    expect(plot).toContain('>平成26</text>')
    expect(plot).toContain('>令和元</text>')
    expect(renderKpiChart(kpi, { ...options, locale: 'en' })).toContain('>R1</text>')
  })

  it('has a legend with every mark, including 基準値 and 目標値', () => {
    const legend = renderKpiChart(kpi, options).match(/<g class="legend">(.*?)<\/g><\/svg>/)![1]
    for (const label of ['実績値（確定値）', '実績値（速報値）', '基準値', '目標値', '目標への道筋']) expect(legend).toContain(`>${label}</text>`)
    expect(legend).toContain('class="baseline-mark"')
    expect(legend).toContain('class="target-mark"')
  })

  it('writes a numeric English unit as a multiplier, and the unit label apart from the axis', () => {
    const svg = renderKpiChart(kpi, { ...options, locale: 'en', unit: '10,000 visits' })
    expect(svg).toContain('Baseline 0 × 10,000 visits')
    expect(svg).not.toMatch(/\d 10,000 visits/)
    const unit = svg.match(/<text class="unit" x="([\d.]+)" y="([\d.]+)"/)!
    const tickYs = [...svg.matchAll(/<text class="tick" x="[\d.]+" y="([\d.]+)" text-anchor="end"/g)].map((m) => Number(m[1]))
    expect(tickYs.length, 'value-axis ticks').toBeGreaterThan(1)
    const firstTickY = Math.min(...tickYs)
    expect(Number(unit[2]) + 6).toBeLessThan(firstTickY - 15)
    expect(svg).toContain('>Unit: 10,000 visits</text>')
  })

  it('rings exactly the sample points, and explains the ring in the legend only when there is one', () => {
    const svg = renderKpiChart(kpi, options)
    const [plot, legend] = svg.split('<g class="legend">')
    const rings = [...plot.matchAll(/<circle class="sample-ring" cx="([\d.]+)" cy="([\d.]+)" r="9"\/>/g)].map((m) => Number(m[1]))
    expect(rings).toEqual([circles(svg)[1].x]) // 2016, the only sample actual
    expect(svg).toContain('平成28年度（2016年度）: 210人（確定値） サンプル値')
    expect(legend).toMatch(/<circle class="sample-ring"[^>]*\/><text[^>]*>サンプル値（市の実数値ではありません）<\/text>/)
    const real = renderKpiChart({ ...kpi, actuals: kpi.actuals.map((a) => ({ ...a, sample: false })) }, options)
    expect(real).not.toContain('sample-ring')
    expect(real).not.toContain('サンプル')
  })

  it('copes with no actuals and with a flat baseline = target', () => {
    const flat = renderKpiChart({ baseline: { fiscalYear: 2020, value: 5 }, target: { fiscalYear: 2020, value: 5 }, actuals: [] }, { ...options, locale: 'en' })
    expect(flat).not.toContain('NaN')
    expect(flat).toContain('no actuals yet')
    const [plot, legend] = flat.split('<g class="legend">')
    expect(circles(plot)).toEqual([])
    expect(circles(legend).map((c) => c.status)).toEqual(['final', 'preliminary'])
    expect(plot).toContain('class="baseline-mark"')
    expect(plot).toContain('class="target-mark"')
  })
})

describe('niceTicks', () => {
  it('covers the range with round steps', () => {
    expect(niceTicks(0, 500)).toEqual([0, 100, 200, 300, 400, 500])
    expect(niceTicks(1.31, 1.6)).toEqual([1.3, 1.4, 1.5, 1.6])
    expect(niceTicks(-12, 7)[0]).toBeLessThanOrEqual(-12)
  })
  it('widens an empty range', () => {
    const ticks = niceTicks(5, 5)
    expect(ticks[0]).toBeLessThan(5)
    expect(ticks.at(-1)).toBeGreaterThan(5)
  })
})
