import { describe, expect, it } from 'vitest'
import { fiscalYearOf, formatFiscalYear, formatFiscalYearEn, formatJapaneseDate, toTokyoDate } from '../src/fiscal-year.ts'

describe('formatFiscalYear (government practice)', () => {
  it.each([
    [2015, '平成27年度（2015年度）'],
    [2018, '平成30年度（2018年度）'],
    [2019, '令和元年度（2019年度）'],
    [2020, '令和2年度（2020年度）'],
    [2025, '令和7年度（2025年度）'],
    [1989, '平成元年度（1989年度）'],
    [1988, '昭和63年度（1988年度）'],
  ])('%i → %s', (year, label) => expect(formatFiscalYear(year)).toBe(label))

  it('writes the first year of every era as 元年度, never 1年度', () => {
    for (let year = 1926; year <= 2100; year++) expect(formatFiscalYear(year)).not.toMatch(/(昭和|平成|令和)1年度/)
  })
  it('has an English form', () => expect(formatFiscalYearEn(2019)).toBe('FY2019 (Reiwa 1)'))
})

describe('dates in Japan', () => {
  it('reads an instant as the calendar date in Tokyo, whatever the host timezone', () => {
    expect(toTokyoDate('2015-06-07T15:00:00.000Z')).toBe('2015-06-08')
    expect(toTokyoDate('2015-06-07T14:59:59.000Z')).toBe('2015-06-07')
  })
  it('puts March in the previous fiscal year', () => {
    expect(fiscalYearOf('2016-03-31T12:00:00+09:00')).toBe(2015)
    expect(fiscalYearOf('2016-04-01T00:00:00+09:00')).toBe(2016)
  })
  it('formats a meeting date with the era', () => {
    expect(formatJapaneseDate('2015-06-08')).toBe('平成27年6月8日（2015年6月8日）')
    expect(formatJapaneseDate('2019-05-01')).toBe('令和元年5月1日（2019年5月1日）')
  })
})
