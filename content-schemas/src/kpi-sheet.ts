/**
 * The KPI sheet: one format for the open-data CSV, the department's export and the import. Long format, one row per
 * KPI × fiscal year × kind of value; the header row names the columns (ASCII, stable for scripts).
 */
import { toTokyoDate } from './fiscal-year.ts'
import { ACTUAL_STATUS_LABELS, ACTUAL_STATUSES, type Kpi } from './kpi.ts'
import { fiscalYearProblem, type Period } from './period.ts'

export const KPI_SHEET_COLUMNS = [
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
export type KpiSheetColumn = (typeof KPI_SHEET_COLUMNS)[number]
export type KpiSheetRow = Record<KpiSheetColumn, string | number>

export interface KpiSheetRowOptions {
  /** The city's 全国地方公共団体コード (first column, so that files of several cities can be joined). */
  municipalityCode: string
  /** Whether a field of the KPI is a sample (`baseline`, `target`, `actuals`). */
  isSample: (field: string) => boolean
  /** The 担当部署's Japanese name. */
  departmentName: string
  /** A fiscal year to report: adds an empty `actual` row when the KPI has no actual for it yet. */
  emptyActualYear?: number
}

/** The sheet rows of one KPI: baseline, actuals by year (and the year to fill in), target. */
export function kpiSheetRows(kpi: Kpi, { municipalityCode, isSample, departmentName, emptyActualYear }: KpiSheetRowOptions): KpiSheetRow[] {
  const common = {
    municipality_code: municipalityCode,
    kpi_key: kpi.key,
    kpi_name_ja: kpi.name.ja,
    kpi_name_en: kpi.name.en ?? '',
    kpi_kind: kpi.kind,
    unit_ja: kpi.unit.ja,
    unit_en: kpi.unit.en ?? '',
    direction: kpi.direction,
    department_ja: departmentName,
    plans: kpi.plans.join(' '),
    goals: kpi.goals.join(' '),
    updated_date: toTokyoDate(kpi.updatedAt),
  }
  const row = (valueType: KpiValueType, field: string, fiscalYear: number, value: number | '', extra: Partial<KpiSheetRow> = {}): KpiSheetRow => ({
    ...common,
    value_type: valueType,
    fiscal_year: fiscalYear,
    value,
    status: '',
    note_ja: '',
    source_ja: '',
    sample: isSample(field) ? 'true' : 'false',
    ...extra,
  })
  const actuals = kpi.actuals.map((a) => ({
    fiscalYear: a.fiscalYear,
    row: row('actual', 'actuals', a.fiscalYear, a.value, {
      status: a.status,
      note_ja: a.note?.ja ?? '',
      source_ja: a.source?.ja ?? '',
      // Each actual carries its own sample flag.
      sample: a.sample ? 'true' : 'false',
    }),
  }))
  if (emptyActualYear !== undefined && !kpi.actuals.some((a) => a.fiscalYear === emptyActualYear)) {
    actuals.push({ fiscalYear: emptyActualYear, row: { ...row('actual', 'actuals', emptyActualYear, ''), sample: 'false' } })
  }
  return [
    row('baseline', 'baseline', kpi.baseline.fiscalYear, kpi.baseline.value),
    ...actuals.sort((a, b) => a.fiscalYear - b.fiscalYear).map((a) => a.row),
    row('target', 'target', kpi.target.fiscalYear, kpi.target.value),
  ]
}

/** What an import reads; every other column (names, units, dates, `sample`) describes and is ignored. */
export const KPI_SHEET_IMPORTED_COLUMNS = ['kpi_key', 'value_type', 'fiscal_year', 'value', 'status', 'note_ja', 'source_ja'] as const
const REQUIRED_COLUMNS = ['kpi_key', 'value_type', 'fiscal_year', 'value'] as const

export const KPI_VALUE_TYPES = ['baseline', 'actual', 'target'] as const
export type KpiValueType = (typeof KPI_VALUE_TYPES)[number]
export type ActualStatus = (typeof ACTUAL_STATUSES)[number]

/** A cell as a spreadsheet reader hands it over: text, number, boolean, date or nothing. */
export type SheetCell = string | number | boolean | Date | null | undefined

const MINUS_SIGNS = /[\u2212\u2012\u2013\u2014\uFE63\uFF0D]/g

/**
 * A number as typed in Japan: full-width digits and signs (NFKC), thousands separators (`１，２３４`, `1,234`),
 * spaces around it. Returns null when the cell is not a finite number.
 */
export function parseSheetNumber(cell: SheetCell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null
  if (typeof cell !== 'string') return null
  const text = cell.normalize('NFKC').replace(MINUS_SIGNS, '-').replace(/\s+/g, '')
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$/.test(text)) return null
  const value = Number(text.replace(/,/g, ''))
  return Number.isFinite(value) ? value : null
}

/** Text of a cell, trimmed; empty and missing cells are ''. */
export function sheetText(cell: SheetCell): string {
  if (cell == null) return ''
  if (cell instanceof Date) return cell.toISOString().slice(0, 10)
  return String(cell).normalize('NFC').trim()
}

/** A KPI as the import needs to know it: its period, its current actuals, and whether the user may change it. */
export interface KpiSheetTarget {
  key: string
  period: Period | null
  baseline: { fiscalYear: number; value: number }
  target: { fiscalYear: number; value: number }
  actuals: KpiSheetActual[]
  /** False when the user may not change it (a 部署担当's KPI of another department). */
  editable: boolean
}

export interface KpiSheetActual {
  fiscalYear: number
  value: number
  status: ActualStatus
  note: string | null
  source: string | null
}

interface Bilingual {
  ja: string
  en: string
}

/** One thing wrong with a sheet, at a spreadsheet row (the header is row 1) and column. */
export interface KpiSheetProblem {
  row: number
  column: string
  message: Bilingual
}

/** One actual that the sheet adds or changes. */
export interface KpiSheetChange {
  row: number
  kpiKey: string
  fiscalYear: number
  before: KpiSheetActual | null
  after: KpiSheetActual
}

export type KpiSheetResult = { ok: true; changes: KpiSheetChange[] } | { ok: false; problems: KpiSheetProblem[] }

const M = {
  missingColumn: (c: string) => ({ ja: `必須の列 ${c} がありません`, en: `the required column ${c} is missing` }),
  duplicateColumn: (c: string) => ({ ja: `列 ${c} が2回あります`, en: `the column ${c} appears twice` }),
  empty: { ja: '空欄です', en: 'is empty' },
  unknownKpi: (k: string) => ({ ja: `指標「${k}」がありません`, en: `no KPI "${k}"` }),
  otherDepartment: (k: string) => ({
    ja: `指標「${k}」は担当部署の指標ではありません`,
    en: `KPI "${k}" belongs to another department`,
  }),
  notNumber: { ja: '数値ではありません', en: 'not a number' },
  notYear: { ja: '年度（西暦の整数）ではありません', en: 'not a fiscal year (a whole Western year)' },
  valueType: (v: string) => ({
    ja: `「${v}」は値の種類（${KPI_VALUE_TYPES.join('・')}）ではありません`,
    en: `"${v}" is not a value type (${KPI_VALUE_TYPES.join(', ')})`,
  }),
  status: (v: string) => ({
    ja: `「${v}」は区分（${ACTUAL_STATUSES.map((s) => `${s}/${ACTUAL_STATUS_LABELS[s].ja}`).join('・')}）ではありません`,
    en: `"${v}" is not a status (${ACTUAL_STATUSES.join(', ')})`,
  }),
  duplicateRow: (first: number) => ({ ja: `${first}行目と同じ指標・種類・年度です`, en: `same KPI, value type and fiscal year as row ${first}` }),
  fixedFigure: (label: Bilingual) => ({
    ja: `${label.ja}はシートでは変更できません（管理画面で編集してください）`,
    en: `the ${label.en.toLowerCase()} cannot be changed by sheet (edit it in the admin)`,
  }),
}

const FIXED_LABELS = { baseline: { ja: '基準値', en: 'Baseline' }, target: { ja: '目標値', en: 'Target' } }

function parseStatus(text: string): ActualStatus | null {
  const lower = text.toLowerCase()
  return ACTUAL_STATUSES.find((s) => s === lower || ACTUAL_STATUS_LABELS[s].ja === text) ?? null
}

/** `12行目 value: 数値ではありません / row 12 value: not a number` */
export function formatSheetProblem({ row, column, message }: KpiSheetProblem): string {
  return `${row}行目 ${column}: ${message.ja} / row ${row} ${column}: ${message.en}`
}

/**
 * Reads a sheet (rows of cells, header first) against the KPIs it may change. Returns every problem at once, or the
 * list of actuals it adds or changes (none when the sheet repeats what is stored). Blank `actual` rows are the
 * template's rows left unfilled and are skipped; baseline and target rows are checked but not imported.
 */
export function readKpiSheet(rows: SheetCell[][], kpis: ReadonlyMap<string, KpiSheetTarget>): KpiSheetResult {
  const problems: KpiSheetProblem[] = []
  const header = (rows[0] ?? []).map((cell) =>
    sheetText(cell)
      .replace(/^\uFEFF/, '')
      .toLowerCase(),
  )
  const index = new Map<string, number>()
  header.forEach((name, i) => {
    if (!(KPI_SHEET_IMPORTED_COLUMNS as readonly string[]).includes(name)) return
    if (index.has(name)) problems.push({ row: 1, column: name, message: M.duplicateColumn(name) })
    else index.set(name, i)
  })
  for (const column of REQUIRED_COLUMNS) {
    if (!index.has(column)) problems.push({ row: 1, column, message: M.missingColumn(column) })
  }
  if (problems.length > 0) return { ok: false, problems }

  const changes: KpiSheetChange[] = []
  const seen = new Map<string, number>()
  rows.forEach((cells, i) => {
    if (i === 0) return
    const row = i + 1
    const cell = (column: string): SheetCell => (index.has(column) ? cells[index.get(column)!] : null)
    if (KPI_SHEET_IMPORTED_COLUMNS.every((c) => sheetText(cell(c)) === '')) return
    const rowProblems: KpiSheetProblem[] = []
    const problem = (column: string, message: Bilingual) => rowProblems.push({ row, column, message })

    const kpiKey = sheetText(cell('kpi_key'))
    const kpi = kpis.get(kpiKey)
    if (kpiKey === '') problem('kpi_key', M.empty)
    else if (!kpi) problem('kpi_key', M.unknownKpi(kpiKey))
    else if (!kpi.editable) problem('kpi_key', M.otherDepartment(kpiKey))

    const typeText = sheetText(cell('value_type')).toLowerCase()
    const valueType = (KPI_VALUE_TYPES as readonly string[]).includes(typeText) ? (typeText as KpiValueType) : null
    if (!valueType) problem('value_type', typeText === '' ? M.empty : M.valueType(typeText))

    const yearCell = cell('fiscal_year')
    const fiscalYear = parseSheetNumber(yearCell instanceof Date ? null : yearCell)
    if (sheetText(yearCell) === '') problem('fiscal_year', M.empty)
    else if (fiscalYear === null || !Number.isInteger(fiscalYear)) problem('fiscal_year', M.notYear)
    else if (kpi?.period && valueType === 'actual') {
      const outside = fiscalYearProblem(fiscalYear, kpi.period, { label: { ja: '実績値', en: 'Actual' } })
      if (outside) problem('fiscal_year', outside)
    }

    const valueCell = cell('value')
    const blank = sheetText(valueCell) === ''
    const value = valueCell instanceof Date || typeof valueCell === 'boolean' ? null : parseSheetNumber(valueCell)
    if (!blank && value === null) problem('value', M.notNumber)
    if (blank && valueType !== 'actual') problem('value', M.empty)

    const statusText = sheetText(cell('status'))
    const status = statusText === '' ? null : parseStatus(statusText)
    if (statusText !== '' && !status && valueType === 'actual') problem('status', M.status(statusText))

    if (valueType && fiscalYear !== null && kpiKey !== '') {
      const id = `${kpiKey}\u0000${valueType}\u0000${fiscalYear}`
      const first = seen.get(id)
      if (first !== undefined) problem('fiscal_year', M.duplicateRow(first))
      else seen.set(id, row)
    }

    if (rowProblems.length === 0 && kpi && valueType && fiscalYear !== null) {
      if (valueType !== 'actual') {
        const stored = kpi[valueType]
        if (stored.fiscalYear !== fiscalYear) problem('fiscal_year', M.fixedFigure(FIXED_LABELS[valueType]))
        else if (stored.value !== value) problem('value', M.fixedFigure(FIXED_LABELS[valueType]))
      } else if (value !== null) {
        const before = kpi.actuals.find((a) => a.fiscalYear === fiscalYear) ?? null
        const after: KpiSheetActual = {
          fiscalYear,
          value,
          status: status ?? before?.status ?? 'final',
          note: index.has('note_ja') ? sheetText(cell('note_ja')) || null : (before?.note ?? null),
          source: index.has('source_ja') ? sheetText(cell('source_ja')) || null : (before?.source ?? null),
        }
        if (!before || !sameActual(before, after)) changes.push({ row, kpiKey, fiscalYear, before, after })
      }
    }
    problems.push(...rowProblems)
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, changes }
}

function sameActual(a: KpiSheetActual, b: KpiSheetActual): boolean {
  return a.value === b.value && a.status === b.status && (a.note ?? '') === (b.note ?? '') && (a.source ?? '') === (b.source ?? '')
}

const number = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 10 })

/** Each change as one line: `kpi_key 2024年度: 1,200 → 1,300（区分 速報値 → 確定値）`, then the count. */
export function describeKpiSheetChanges(changes: KpiSheetChange[]): string[] {
  const lines = changes.map(({ kpiKey, fiscalYear, before, after }) => {
    const head = `${kpiKey} ${fiscalYear}年度: `
    if (!before) return `${head}新規 / new → ${number.format(after.value)}（${ACTUAL_STATUS_LABELS[after.status].ja}）`
    const parts = [before.value !== after.value ? `${number.format(before.value)} → ${number.format(after.value)}` : number.format(after.value)]
    if (before.status !== after.status) {
      parts.push(`区分 ${ACTUAL_STATUS_LABELS[before.status].ja} → ${ACTUAL_STATUS_LABELS[after.status].ja}`)
    }
    if ((before.note ?? '') !== (after.note ?? '')) parts.push(`備考 / note: 「${before.note ?? ''}」 → 「${after.note ?? ''}」`)
    if ((before.source ?? '') !== (after.source ?? '')) parts.push(`出典 / source: 「${before.source ?? ''}」 → 「${after.source ?? ''}」`)
    return head + parts.join('、')
  })
  return [...lines, `変更 ${changes.length} 件 / ${changes.length} change${changes.length === 1 ? '' : 's'}`]
}
