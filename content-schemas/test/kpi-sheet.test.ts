import { describe, expect, it } from 'vitest'
import { describeKpiSheetChanges, formatSheetProblem, parseSheetNumber, readKpiSheet, type KpiSheetTarget, type SheetCell } from '../src/kpi-sheet.ts'

const kpi = (key: string, extra: Partial<KpiSheetTarget> = {}): KpiSheetTarget => ({
  key,
  period: { startFY: 2020, endFY: 2024 },
  baseline: { fiscalYear: 2019, value: 100 },
  target: { fiscalYear: 2024, value: 200 },
  actuals: [{ fiscalYear: 2020, value: 120, status: 'final', note: null, source: null }],
  editable: true,
  ...extra,
})
const kpis = new Map([
  ['kpi-a', kpi('kpi-a')],
  ['kpi-b', kpi('kpi-b', { editable: false })],
])
const HEADER = ['kpi_key', 'value_type', 'fiscal_year', 'value', 'status', 'note_ja', 'source_ja']

describe('parseSheetNumber', () => {
  it.each([
    ['1234', 1234],
    ['1,234', 1234],
    ['１，２３４', 1234],
    ['  ５６.７ ', 56.7],
    ['－３', -3],
    ['−1,000.5', -1000.5],
    [42, 42],
  ] as const)('reads %j as %d', (cell, value) => expect(parseSheetNumber(cell)).toBe(value))

  it.each([['abc'], ['1,23'], ['12a'], [''], [true], [Number.NaN], [Number.POSITIVE_INFINITY], [null]] as const)('rejects %j', (cell) =>
    expect(parseSheetNumber(cell as SheetCell)).toBeNull(),
  )
})

describe('readKpiSheet', () => {
  it('lists new and changed actuals, reading columns in any order and ignoring the descriptive ones', () => {
    const rows: SheetCell[][] = [
      ['value', 'kpi_name_ja', 'fiscal_year', 'kpi_key', 'value_type', 'status', 'sample', 'updated_date', 'extra'],
      ['100', '名前', 2019, 'kpi-a', 'baseline', '', true, new Date('2024-05-01'), 'x'],
      ['１，３００', '名前', '2020', 'kpi-a', 'actual', '速報値', false, null, null],
      [150, '名前', 2021, 'kpi-a', 'actual', '', false, null, null],
      [null, null, 2022, 'kpi-a', 'actual', '', false, null, null],
      [200, '名前', 2024, 'kpi-a', 'target', '', false, null, null],
    ]
    const result = readKpiSheet(rows, kpis)
    expect(result).toEqual({
      ok: true,
      changes: [
        {
          row: 3,
          kpiKey: 'kpi-a',
          fiscalYear: 2020,
          before: kpis.get('kpi-a')!.actuals[0],
          after: { fiscalYear: 2020, value: 1300, status: 'preliminary', note: null, source: null },
        },
        { row: 4, kpiKey: 'kpi-a', fiscalYear: 2021, before: null, after: { fiscalYear: 2021, value: 150, status: 'final', note: null, source: null } },
      ],
    })
    if (!result.ok) throw new Error('unreachable')
    expect(describeKpiSheetChanges(result.changes)).toEqual([
      'kpi-a 2020年度: 120 → 1,300、区分 確定値 → 速報値',
      'kpi-a 2021年度: 新規 / new → 150（確定値）',
      '変更 2 件 / 2 changes',
    ])
  })

  it('reports no change when the sheet repeats what is stored', () => {
    const rows = [HEADER, ['kpi-a', 'actual', 2020, '120', 'final', '', '']]
    expect(readKpiSheet(rows, kpis)).toEqual({ ok: true, changes: [] })
    expect(describeKpiSheetChanges([])).toEqual(['変更 0 件 / 0 changes'])
  })

  it('lists every problem at once, by spreadsheet row and column', () => {
    const rows: SheetCell[][] = [
      HEADER,
      ['kpi-x', 'actual', 2021, 1, '', '', ''],
      ['kpi-b', 'actual', 2021, 1, '', '', ''],
      ['kpi-a', 'actual', 2021, 'たくさん', '', '', ''],
      ['kpi-a', 'actual', 2030, 1, '', '', ''],
      ['kpi-a', 'forecast', 2021, 1, '', '', ''],
      ['kpi-a', 'actual', 2022, 1, 'final?', '', ''],
      ['kpi-a', 'actual', 2023, 1, '', '', ''],
      ['kpi-a', 'actual', 2023, 2, '', '', ''],
      ['kpi-a', 'actual', new Date('2023-04-01'), true, '', '', ''],
      ['kpi-a', 'target', 2024, 999, '', '', ''],
      ['', 'actual', '二〇二二', 1, '', '', ''],
    ]
    const result = readKpiSheet(rows, kpis)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map(formatSheetProblem)).toEqual([
      '2行目 kpi_key: 指標「kpi-x」がありません / row 2 kpi_key: no KPI "kpi-x"',
      '3行目 kpi_key: 指標「kpi-b」は担当部署の指標ではありません / row 3 kpi_key: KPI "kpi-b" belongs to another department',
      '4行目 value: 数値ではありません / row 4 value: not a number',
      '5行目 fiscal_year: 実績値の年度（2030年度）が計画期間（2020〜2024年度）の外です。 / row 5 fiscal_year: Actual: fiscal year 2030 is outside the plan period FY2020–FY2024.',
      '6行目 value_type: 「forecast」は値の種類（baseline・actual・target）ではありません / row 6 value_type: "forecast" is not a value type (baseline, actual, target)',
      '7行目 status: 「final?」は区分（preliminary/速報値・final/確定値）ではありません / row 7 status: "final?" is not a status (preliminary, final)',
      '9行目 fiscal_year: 8行目と同じ指標・種類・年度です / row 9 fiscal_year: same KPI, value type and fiscal year as row 8',
      '10行目 fiscal_year: 年度（西暦の整数）ではありません / row 10 fiscal_year: not a fiscal year (a whole Western year)',
      '10行目 value: 数値ではありません / row 10 value: not a number',
      '11行目 value: 目標値はシートでは変更できません（管理画面で編集してください） / row 11 value: the target cannot be changed by sheet (edit it in the admin)',
      '12行目 kpi_key: 空欄です / row 12 kpi_key: is empty',
      '12行目 fiscal_year: 年度（西暦の整数）ではありません / row 12 fiscal_year: not a fiscal year (a whole Western year)',
    ])
  })

  it('names missing required columns in row 1', () => {
    const result = readKpiSheet([['kpi_key', 'fiscal_year', 'note_ja']], kpis)
    expect(result.ok ? [] : result.problems.map(formatSheetProblem)).toEqual([
      '1行目 value_type: 必須の列 value_type がありません / row 1 value_type: the required column value_type is missing',
      '1行目 value: 必須の列 value がありません / row 1 value: the required column value is missing',
    ])
  })

  it('changes notes and sources, and clears them when the cell is emptied', () => {
    const withNote = new Map([['kpi-a', kpi('kpi-a', { actuals: [{ fiscalYear: 2020, value: 120, status: 'final', note: '旧', source: '統計' }] })]])
    const result = readKpiSheet([HEADER, ['kpi-a', 'actual', 2020, 120, 'final', '新しい備考', '']], withNote)
    expect(result.ok && describeKpiSheetChanges(result.changes)[0]).toBe(
      'kpi-a 2020年度: 120、備考 / note: 「旧」 → 「新しい備考」、出典 / source: 「統計」 → 「」',
    )
  })
})
