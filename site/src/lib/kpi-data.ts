import { stringify } from 'csv-stringify/sync'
import { KPI_SHEET_COLUMNS, kpiSheetRows, rateKpi, type Kpi, type KpiSheetRow } from '@keikaku/content-schemas'
import { isSample } from './site-index.ts'

/** The open-data CSV is the KPI sheet (content-schemas), the same format the admin exports and imports. */
export const KPI_CSV_COLUMNS = KPI_SHEET_COLUMNS
export type KpiCsvRow = KpiSheetRow

/**
 * Long format: one row per KPI × fiscal year × kind of value (baseline, target, actual), so that the file loads
 * straight into a spreadsheet pivot or a data frame. Years are Western fiscal years; dates are ISO. The first column
 * is the city's 全国地方公共団体コード, so that files of several cities can be joined.
 */
export function kpiCsvRows(kpi: Kpi, municipalityCode: string): KpiCsvRow[] {
  return kpiSheetRows(kpi, { municipalityCode, isSample: (field) => isSample(kpi, field), departmentName: kpi.department.ja })
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
