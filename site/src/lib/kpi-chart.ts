import type { Kpi } from '@keikaku/content-schemas'
import type { Locale } from './i18n.ts'
import { escapeXml, niceTicks } from './svg.ts'

export type ChartKpi = Pick<Kpi, 'baseline' | 'target' | 'actuals'>

export interface ChartOptions {
  /** Unique within the page: the SVG's <title> and <desc> are referenced by id. */
  id: string
  locale: Locale
  title: string
  unit: string
  width?: number
  height?: number
}

const WORDS = {
  ja: { baseline: '基準値', target: '目標値', actual: '実績値', preliminary: '速報値', final: '確定値', path: '目標への道筋', none: '実績なし', latest: '最新の実績', sample: 'サンプル値（市の実数値ではありません）' },
  en: { baseline: 'Baseline', target: 'Target', actual: 'Actual', preliminary: 'preliminary', final: 'final', path: 'Path to target', none: 'no actuals yet', latest: 'latest actual', sample: 'Sample value (not the city’s figure)' },
}

const formatValue = (value: number, locale: Locale) => value.toLocaleString(locale === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: 2 })

/**
 * A line chart of a KPI as SVG markup, made at build time: actuals by fiscal year (hollow points for 速報値),
 * the baseline, and a dashed path from baseline to target; sample values get a dashed ring and a legend entry.
 * Years on the axis are Western; the table beside the
 * chart gives 和暦. Colours are paired with shapes and dashes, so the chart reads without colour too.
 */
export function renderKpiChart(kpi: ChartKpi, { id, locale, title, unit, width = 640, height = 320 }: ChartOptions): string {
  const w = WORDS[locale]
  const actuals = [...kpi.actuals].sort((a, b) => a.fiscalYear - b.fiscalYear)
  const years = [kpi.baseline.fiscalYear, kpi.target.fiscalYear, ...actuals.map((a) => a.fiscalYear)]
  const values = [kpi.baseline.value, kpi.target.value, ...actuals.map((a) => a.value)]
  const [firstYear, lastYear] = [Math.min(...years), Math.max(...years)]
  const ticks = niceTicks(Math.min(...values), Math.max(...values))
  const [yMin, yMax] = [ticks[0], ticks[ticks.length - 1]]

  const margin = { top: 20, right: 24, bottom: 72, left: 64 }
  const plotW = width - margin.left - margin.right
  const plotH = height - margin.top - margin.bottom
  const x = (fy: number) => margin.left + (lastYear === firstYear ? plotW / 2 : ((fy - firstYear) / (lastYear - firstYear)) * plotW)
  const y = (v: number) => margin.top + plotH - ((v - yMin) / (yMax - yMin)) * plotH
  const pt = (fy: number, v: number) => `${x(fy).toFixed(1)},${y(v).toFixed(1)}`

  const latest = actuals.at(-1)
  const [open, close, sep, space] = locale === 'ja' ? ['（', '）', '、', ''] : [' (', ')', '; ', ' ']
  const describe = (label: string, value: number, fy: number, extra = '') => `${label} ${formatValue(value, locale)}${space}${unit}${open}${fy}${extra}${close}`
  const desc = [
    describe(w.baseline, kpi.baseline.value, kpi.baseline.fiscalYear),
    describe(w.target, kpi.target.value, kpi.target.fiscalYear),
    latest ? describe(w.latest, latest.value, latest.fiscalYear, `${locale === 'ja' ? '、' : ', '}${w[latest.status]}`) : w.none,
  ].join(sep)

  const grid = ticks
    .map(
      (t) =>
        `<line class="grid" x1="${margin.left}" x2="${width - margin.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}"/>` +
        `<text class="tick" x="${margin.left - 8}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${escapeXml(formatValue(t, locale))}</text>`,
    )
    .join('')
  const yearStep = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 10))
  const xLabels = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i)
    .filter((fy) => (fy - firstYear) % yearStep === 0 || fy === lastYear)
    .map((fy) => `<text class="tick" x="${x(fy).toFixed(1)}" y="${margin.top + plotH + 18}" text-anchor="middle">${fy}</text>`)
    .join('')

  // The last segment into a preliminary value is dashed: it may still change.
  const segments = actuals.slice(1).map((a, i) => {
    const from = actuals[i]
    return `<line class="actual${a.status === 'preliminary' ? ' preliminary' : ''}" x1="${x(from.fiscalYear).toFixed(1)}" y1="${y(from.value).toFixed(1)}" x2="${x(a.fiscalYear).toFixed(1)}" y2="${y(a.value).toFixed(1)}"/>`
  })
  const points = actuals.map(
    (a) =>
      `<circle class="point ${a.status}" cx="${x(a.fiscalYear).toFixed(1)}" cy="${y(a.value).toFixed(1)}" r="5"><title>${escapeXml(`${a.fiscalYear}: ${formatValue(a.value, locale)} ${unit} (${w[a.status]})${a.sample ? ` ${w.sample}` : ''}`)}</title></circle>` +
      (a.sample ? `<circle class="sample-ring" cx="${x(a.fiscalYear).toFixed(1)}" cy="${y(a.value).toFixed(1)}" r="9"/>` : ''),
  )
  const sampleLegend = actuals.some((a) => a.sample)
    ? `<circle class="sample-ring" cx="12" cy="18" r="9"/><text x="30" y="22">${escapeXml(w.sample)}</text>`
    : ''
  const legendY = height - 40
  const legend =
    `<g class="legend" transform="translate(${margin.left},${legendY})">` +
    `<line class="actual" x1="0" x2="24" y1="0" y2="0"/><circle class="point final" cx="12" cy="0" r="5"/><text x="30" y="4">${locale === 'ja' ? `${w.actual}（${w.final}）` : `${w.actual} (${w.final})`}</text>` +
    `<circle class="point preliminary" cx="${plotW * 0.36 + 12}" cy="0" r="5"/><text x="${plotW * 0.36 + 22}" y="4">${w.preliminary}</text>` +
    `<line class="target-path" x1="${plotW * 0.6}" x2="${plotW * 0.6 + 24}" y1="0" y2="0"/><text x="${plotW * 0.6 + 30}" y="4">${w.path}</text>` +
    sampleLegend +
    `</g>`

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="kpi-chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(desc)}</desc>` +
    `<g class="axes">${grid}${xLabels}<text class="unit" x="${margin.left - 8}" y="${margin.top - 6}" text-anchor="end">${escapeXml(unit)}</text></g>` +
    `<line class="target-path" x1="${x(kpi.baseline.fiscalYear).toFixed(1)}" y1="${y(kpi.baseline.value).toFixed(1)}" x2="${x(kpi.target.fiscalYear).toFixed(1)}" y2="${y(kpi.target.value).toFixed(1)}"/>` +
    `<rect class="baseline-mark" x="${(x(kpi.baseline.fiscalYear) - 5).toFixed(1)}" y="${(y(kpi.baseline.value) - 5).toFixed(1)}" width="10" height="10"><title>${escapeXml(`${w.baseline} ${kpi.baseline.fiscalYear}: ${formatValue(kpi.baseline.value, locale)}${unit}`)}</title></rect>` +
    `<path class="target-mark" d="M${x(kpi.target.fiscalYear).toFixed(1)},${(y(kpi.target.value) - 7).toFixed(1)} l7,7 l-7,7 l-7,-7 z"><title>${escapeXml(`${w.target} ${kpi.target.fiscalYear}: ${formatValue(kpi.target.value, locale)}${unit}`)}</title></path>` +
    segments.join('') +
    points.join('') +
    legend +
    `</svg>`
  )
}
