import { formatFiscalYear, formatFiscalYearEn, japaneseEraYear, type Kpi } from '@keikaku/content-schemas'
import { formatNumber } from './format.ts'
import { UI, type Locale } from './i18n.ts'
import { escapeXml, finite, niceTicks } from './svg.ts'

export type ChartKpi = Pick<Kpi, 'baseline' | 'target' | 'actuals'>

export interface ChartOptions {
  /** Unique within the page: the SVG's <title> and <desc> are referenced by id. */
  id: string
  locale: Locale
  title: string
  unit: string
}

/** Chart width in SVG units. With FONT 15 the text stays ≥ 12 px when the chart is 320 px wide (a 360 px phone). */
export const CHART_WIDTH = 400
export const CHART_FONT = 15

const formatValue = formatNumber

/** "297万人" in Japanese; in English a unit that is itself a number reads as a multiplier: "297 × 10,000 visits". */
export function valueWithUnit(value: number, unit: string, locale: Locale): string {
  const v = formatValue(value, locale)
  if (locale === 'ja' || !unit) return `${v}${unit}`
  return /^[\d.,]/.test(unit) ? `${v} × ${unit}` : `${v} ${unit}`
}

/** Approximate rendered width of text in SVG units: full-width characters are a square, the rest about 0.6 em. */
function textWidth(text: string): number {
  let w = 0
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? CHART_FONT : CHART_FONT * 0.6
  return w
}

/** The era on the axis, short: 平成27 in Japanese, H27 in English (the Western year is the line above). */
function eraLabel(fy: number, locale: Locale): string {
  if (!Number.isInteger(fy) || fy < 1873 || fy > 9999) return ''
  const { era, year } = japaneseEraYear(fy)
  return UI[locale].chart.eraYear(era, year)
}

/**
 * A line chart of a KPI as SVG markup, made at build time: actuals by fiscal year (hollow points for 速報値),
 * the baseline (square), the target (diamond), and a dashed path from baseline to target; sample values get a
 * dashed ring and a legend entry. The axis gives each
 * fiscal year Western and 和暦. Colours are paired with shapes and dashes, so the chart reads without colour too.
 * Total: any finite or non-finite values give finite coordinates (see niceTicks).
 */
export function renderKpiChart(kpi: ChartKpi, { id, locale, title, unit }: ChartOptions): string {
  const w = UI[locale].chart
  const fyLabel = (fy: number) =>
    Number.isInteger(fy) && fy >= 1873 && fy <= 9999 ? (locale === 'ja' ? formatFiscalYear(fy) : formatFiscalYearEn(fy)) : String(fy)
  const actuals = [...kpi.actuals].sort((a, b) => a.fiscalYear - b.fiscalYear)
  const years = [kpi.baseline.fiscalYear, kpi.target.fiscalYear, ...actuals.map((a) => a.fiscalYear)].filter(Number.isFinite)
  const values = [kpi.baseline.value, kpi.target.value, ...actuals.map((a) => a.value)].filter(Number.isFinite)
  const [firstYear, lastYear] = years.length ? [Math.min(...years), Math.max(...years)] : [0, 0]
  const ticks = niceTicks(values.length ? Math.min(...values) : 0, values.length ? Math.max(...values) : 0)
  const [yMin, yMax] = [ticks[0], ticks[ticks.length - 1]]
  const tickLabels = ticks.map((t) => formatValue(t, locale))

  const width = CHART_WIDTH
  const line = CHART_FONT * 1.35
  // Right and left leave room for half a centred year label ("令和元" is 3 em wide).
  const margin = {
    top: line + 12,
    right: CHART_FONT * 1.6,
    bottom: 2 * line + 10,
    left: Math.min(width / 2, Math.max(CHART_FONT * 1.6, ...tickLabels.map(textWidth)) + 12),
  }
  const plotW = width - margin.left - margin.right
  const plotH = 190
  // Halved before subtracting, so that ranges across ±1e308 do not overflow.
  const yFrac = (v: number) => {
    const span = yMax / 2 - yMin / 2
    return span > 0 ? (v / 2 - yMin / 2) / span : 0.5
  }
  const xFrac = (fy: number) => (lastYear > firstYear ? (fy / 2 - firstYear / 2) / (lastYear / 2 - firstYear / 2) : 0.5)
  const x = (fy: number) => finite(margin.left + xFrac(fy) * plotW, margin.left).toFixed(1)
  const y = (v: number) => finite(margin.top + plotH - yFrac(v) * plotH, margin.top + plotH).toFixed(1)

  const latest = actuals.at(-1)
  const [open, close, sep] = [w.open, w.close, w.sep]
  const describe = (label: string, value: number, fy: number, extra = '') =>
    `${label} ${valueWithUnit(value, unit, locale)}${open}${fyLabel(fy)}${extra}${close}`
  const desc = [
    describe(w.baseline, kpi.baseline.value, kpi.baseline.fiscalYear),
    describe(w.target, kpi.target.value, kpi.target.fiscalYear),
    latest ? describe(w.latest, latest.value, latest.fiscalYear, `${w.comma}${w[latest.status]}`) : w.none,
  ].join(sep)

  const grid = ticks
    .map(
      (t, i) =>
        `<line class="grid" x1="${margin.left}" x2="${width - margin.right}" y1="${y(t)}" y2="${y(t)}"/>` +
        `<text class="tick" x="${margin.left - 6}" y="${(Number(y(t)) + CHART_FONT * 0.35).toFixed(1)}" text-anchor="end">${escapeXml(tickLabels[i])}</text>`,
    )
    .join('')
  // As many year labels as fit side by side (each about 3.4 em wide), always the first and the last.
  const span = Number.isFinite(lastYear - firstYear) ? lastYear - firstYear : 0
  const fit = Math.max(1, Math.floor(plotW / (CHART_FONT * 3.4)) - 1)
  const yearStep = Math.max(1, Math.ceil(span / fit))
  const labelYears: number[] = []
  for (let k = 0; k <= fit && firstYear + k * yearStep < lastYear; k++) labelYears.push(firstYear + k * yearStep)
  if (labelYears.length && lastYear - labelYears[labelYears.length - 1] < yearStep * 0.75) labelYears.pop()
  labelYears.push(lastYear)
  const axisY = margin.top + plotH
  const xLabels = labelYears
    .map(
      (fy) =>
        `<text class="tick" x="${x(fy)}" y="${(axisY + line).toFixed(1)}" text-anchor="middle">${escapeXml(fy)}</text>` +
        `<text class="tick era" x="${x(fy)}" y="${(axisY + 2 * line).toFixed(1)}" text-anchor="middle">${escapeXml(eraLabel(fy, locale))}</text>`,
    )
    .join('')

  // The last segment into a preliminary value is dashed: it may still change.
  const segments = actuals.slice(1).map((a, i) => {
    const from = actuals[i]
    return `<line class="actual${a.status === 'preliminary' ? ' preliminary' : ''}" x1="${x(from.fiscalYear)}" y1="${y(from.value)}" x2="${x(a.fiscalYear)}" y2="${y(a.value)}"/>`
  })
  const points = actuals.map(
    (a) =>
      `<circle class="point ${a.status}" cx="${x(a.fiscalYear)}" cy="${y(a.value)}" r="5"><title>${escapeXml(`${fyLabel(a.fiscalYear)}: ${valueWithUnit(a.value, unit, locale)}${open}${w[a.status]}${close}${a.sample ? ` ${w.sample}` : ''}`)}</title></circle>` +
      (a.sample ? `<circle class="sample-ring" cx="${x(a.fiscalYear)}" cy="${y(a.value)}" r="9"/>` : ''),
  )
  const square = (cx: number, cy: number) => `<rect class="baseline-mark" x="${(cx - 5).toFixed(1)}" y="${(cy - 5).toFixed(1)}" width="10" height="10"/>`
  const diamond = (cx: number, cy: number) => `<path class="target-mark" d="M${cx.toFixed(1)},${(cy - 7).toFixed(1)} l7,7 l-7,7 l-7,-7 z"/>`

  // Legend items flow left to right and wrap, so that long English labels never run off the chart.
  const items: { mark: (cx: number, cy: number) => string; label: string }[] = [
    {
      mark: (cx, cy) => `<line class="actual" x1="${cx - 12}" x2="${cx + 12}" y1="${cy}" y2="${cy}"/><circle class="point final" cx="${cx}" cy="${cy}" r="5"/>`,
      label: `${w.actual}${w.open}${w.final}${w.close}`,
    },
    { mark: (cx, cy) => `<circle class="point preliminary" cx="${cx}" cy="${cy}" r="5"/>`, label: `${w.actual}${w.open}${w.preliminary}${w.close}` },
    { mark: square, label: w.baseline },
    { mark: diamond, label: w.target },
    { mark: (cx, cy) => `<line class="target-path" x1="${cx - 12}" x2="${cx + 12}" y1="${cy}" y2="${cy}"/>`, label: w.path },
    ...(actuals.some((a) => a.sample)
      ? [{ mark: (cx: number, cy: number) => `<circle class="sample-ring" cx="${cx}" cy="${cy}" r="9"/>`, label: w.sample }]
      : []),
  ]
  let [lx, row] = [0, 0]
  const legendTop = axisY + margin.bottom + line * 0.6
  const legendParts = items.map((item) => {
    const itemW = 32 + textWidth(item.label) + 14
    if (lx > 0 && lx + itemW > width - 8) [lx, row] = [0, row + 1]
    const cy = Number((legendTop + row * line * 1.3).toFixed(1))
    const part = `${item.mark(8 + lx + 12, cy)}<text x="${8 + lx + 30}" y="${(cy + CHART_FONT * 0.35).toFixed(1)}">${escapeXml(item.label)}</text>`
    lx += itemW
    return part
  })
  const height = Math.ceil(legendTop + row * line * 1.3 + line)
  const unitLabel = `${w.unit}${w.colon}${unit}`
  const [bx, by, tx, ty] = [kpi.baseline.fiscalYear, kpi.baseline.value, kpi.target.fiscalYear, kpi.target.value].map((v, i) =>
    Number(i % 2 === 0 ? x(v) : y(v)),
  )

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="kpi-chart" viewBox="0 0 ${width} ${height}" font-size="${CHART_FONT}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(desc)}</desc>` +
    `<g class="axes">${grid}${xLabels}<text class="unit" x="4" y="${CHART_FONT}" text-anchor="start">${escapeXml(unitLabel)}</text></g>` +
    `<line class="target-path" x1="${bx}" y1="${by}" x2="${tx}" y2="${ty}"/>` +
    `<g>${square(bx, by)}<title>${escapeXml(`${w.baseline} ${fyLabel(kpi.baseline.fiscalYear)}: ${valueWithUnit(kpi.baseline.value, unit, locale)}`)}</title></g>` +
    `<g>${diamond(tx, ty)}<title>${escapeXml(`${w.target} ${fyLabel(kpi.target.fiscalYear)}: ${valueWithUnit(kpi.target.value, unit, locale)}`)}</title></g>` +
    segments.join('') +
    points.join('') +
    `<g class="legend">${legendParts.join('')}</g>` +
    `</svg>`
  )
}
