import { describe, expect, it } from 'vitest'
import { dateProblem, duplicateFiscalYearProblem, key, keyProblem, KPI_VALUE_RANGE, kpiValue, isoDate, numberProblem, textProblem } from '../src/index.ts'

const label = { ja: '値', en: 'Value' }

describe('field rules shared by the CMS and importers', () => {
  it('keys: a slug of at most 80 characters', () => {
    expect(keyProblem('goal-1')).toBeNull()
    expect(keyProblem('a'.repeat(80))).toBeNull()
    expect(keyProblem('a'.repeat(300))?.ja).toBe('キーが長すぎます（300文字）。80文字以内にしてください。')
    expect(keyProblem('../x')?.en).toMatch(/^Key "..\/x" is not allowed/)
    expect(keyProblem('Goal 1')).not.toBeNull()
    expect(keyProblem(12)).not.toBeNull()
    expect(key.safeParse('a'.repeat(81)).success).toBe(false)
  })

  it('numbers: finite, in range, whole where counted', () => {
    expect(numberProblem(12.5, label, KPI_VALUE_RANGE)).toBeNull()
    expect(numberProblem(-1e15, label, KPI_VALUE_RANGE)).toBeNull()
    for (const bad of [Infinity, -Infinity, NaN, Number('1e309'), 1e16, 2 ** 53 + 2, 'Infinity', '12', null, {}]) {
      expect(numberProblem(bad, label, KPI_VALUE_RANGE), String(bad)).not.toBeNull()
    }
    expect(numberProblem(1.5, label, { min: 1, max: 10, integer: true })?.ja).toBe('「値」は整数で入力してください（1.5）。')
    expect(kpiValue.safeParse(1e16).success).toBe(false)
    expect(kpiValue.safeParse(Infinity).success).toBe(false)
  })

  it('dates: real calendar days in 1900–2200', () => {
    for (const good of ['2019-02-28', '2020-02-29', '2015-06-08T00:00:00.000Z', '2015-06-07T15:00:00.000+00:00', new Date('2015-06-08')]) {
      expect(dateProblem(good, label), String(good)).toBeNull()
    }
    for (const bad of ['2019-02-30', '2019-02-29', '2019-13-01', '+099999-01-01', '1800-01-01', 'not-a-date', '', 12, new Date('x')]) {
      expect(dateProblem(bad, label), String(bad)).not.toBeNull()
    }
    expect(dateProblem('2019-02-30', label)?.ja).toBe('「値」の日付「2019-02-30」は正しくありません。実在する日付を YYYY-MM-DD で入力してください。')
    expect(isoDate.safeParse('2019-02-30').success).toBe(false)
    expect(isoDate.safeParse('1800-01-01').success).toBe(false)
  })

  it('text: a string within the length limit', () => {
    expect(textProblem('一関市', label)).toBeNull()
    expect(textProblem({ a: 1 }, label)?.en).toBe('"Value" must be text.')
    expect(textProblem('x'.repeat(40_001), label)?.ja).toBe('「値」が長すぎます（40,001文字）。40,000文字以内にしてください。')
  })

  it('fiscal years: each at most once', () => {
    expect(duplicateFiscalYearProblem([2015, 2016], label)).toBeNull()
    expect(duplicateFiscalYearProblem([2015, 2016, 2015], { ja: '実績値', en: 'Actuals' })?.ja).toBe(
      '実績値に2015年度が重複しています。1年度につき1件にしてください。',
    )
  })
})
