import { stringify } from 'csv-stringify/sync'
import { rateKpi, toTokyoDate, type Kpi } from '@keikaku/content-schemas'
import { isSample } from './site-index.ts'

/** Column order of the open-data CSV; the names are the header row (ASCII, stable for scripts). */
export const KPI_CSV_COLUMNS = [
  'municipality_code',
  'kpi_key',
  'kpi_name_ja',
  'kpi_name_en',
  'kpi_kind',
  'value_type',
  'fiscal_year',
  'value',
  'unit_ja',
  'unit_en',
  'direction',
  'status',
  'note_ja',
  'source_ja',
  'department_ja',
  'plans',
  'goals',
  'updated_date',
  'sample',
] as const
export type KpiCsvRow = Record<(typeof KPI_CSV_COLUMNS)[number], string | number>

/**
 * Long format: one row per KPI × fiscal year × kind of value (baseline, target, actual), so that the file loads
 * straight into a spreadsheet pivot or a data frame. Years are Western fiscal years; dates are ISO. The first column
 * is the city's 全国地方公共団体コード, so that files of several cities can be joined.
 */
export function kpiCsvRows(kpi: Kpi, municipalityCode: string): KpiCsvRow[] {
  const common = {
    municipality_code: municipalityCode,
    kpi_key: kpi.key,
    kpi_name_ja: kpi.name.ja,
    kpi_name_en: kpi.name.en ?? '',
    kpi_kind: kpi.kind,
    unit_ja: kpi.unit.ja,
    unit_en: kpi.unit.en ?? '',
    direction: kpi.direction,
    department_ja: kpi.department.ja,
    plans: kpi.plans.join(' '),
    goals: kpi.goals.join(' '),
    updated_date: toTokyoDate(kpi.updatedAt),
  }
  const row = (valueType: string, sample: boolean, fiscalYear: number, value: number, extra: Partial<KpiCsvRow> = {}): KpiCsvRow => ({
    ...common,
    value_type: valueType,
    fiscal_year: fiscalYear,
    value,
    status: '',
    note_ja: '',
    source_ja: '',
    sample: sample ? 'true' : 'false',
    ...extra,
  })
  return [
    row('baseline', isSample(kpi, 'baseline'), kpi.baseline.fiscalYear, kpi.baseline.value),
    ...[...kpi.actuals]
      .sort((a, b) => a.fiscalYear - b.fiscalYear)
      .map((a) => row('actual', a.sample, a.fiscalYear, a.value, { status: a.status, note_ja: a.note?.ja ?? '', source_ja: a.source?.ja ?? '' })),
    row('target', isSample(kpi, 'target'), kpi.target.fiscalYear, kpi.target.value),
  ]
}

/**
 * Spreadsheets run a text cell that starts with = + - @ (or a tab / CR) as a formula: such text gets a leading
 * apostrophe (OWASP's advice). Only strings are touched, so numbers such as -5 stay numbers.
 */
export const neutralizeFormula = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)

/** RFC 4180 (CRLF, quoted where needed) with a UTF-8 BOM so that Excel opens Japanese text correctly. */
export function toCsv(rows: KpiCsvRow[]): string {
  return stringify(rows, {
    header: true,
    columns: [...KPI_CSV_COLUMNS],
    bom: true,
    record_delimiter: 'windows',
    cast: { string: neutralizeFormula },
  })
}

/** The JSON download: the published record as is, plus the computed rating and the page's URL. */
export function kpiJson(kpi: Kpi, url: string) {
  const { rating, progress, elapsed } = rateKpi(kpi)
  return { ...kpi, url, computedRating: { rating, progress, elapsed } }
}
