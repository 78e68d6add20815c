/**
 * Japanese fiscal years run April–March and are stored as the Western year they start in.
 * 和暦 labels are derived here, never stored.
 */

const eraFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' })

// Remembered per date: a site build asks for the same few fiscal years and dates thousands of times.
const eraCache = new Map<number, { era: string; year: number }>()

/** Era and year of a UTC date; ICU may already write the first year as 元. */
function eraParts(date: Date): { era: string; year: number } {
  const time = date.getTime()
  let parts = eraCache.get(time)
  if (!parts) eraCache.set(time, (parts = formatEraParts(date)))
  return parts
}

function formatEraParts(date: Date): { era: string; year: number } {
  const parts = eraFormat.formatToParts(date)
  const era = parts.find((p) => p.type === 'era')?.value ?? ''
  const yearText = parts.find((p) => p.type === 'year')?.value ?? ''
  return { era, year: yearText === '元' ? 1 : Number(yearText) }
}

/**
 * The era and year of a fiscal year as government practice names it. A fiscal year takes the era in force at the
 * end of its first calendar year, so FY2019 (April 2019 – March 2020) is 令和元年度, not 平成31年度.
 */
export function japaneseEraYear(fiscalYear: number): { era: string; year: number; label: string } {
  const { era, year } = eraParts(new Date(Date.UTC(fiscalYear, 11, 31)))
  return { era, year, label: `${era}${year === 1 ? '元' : year}年` }
}

/** 2018 → 平成30年度（2018年度）; 2019 → 令和元年度（2019年度）. */
export function formatFiscalYear(fiscalYear: number): string {
  return `${japaneseEraYear(fiscalYear).label}度（${fiscalYear}年度）`
}

/** English: 2019 → "FY2019 (Reiwa 1)". */
export function formatFiscalYearEn(fiscalYear: number): string {
  const { era, year } = japaneseEraYear(fiscalYear)
  const romaji: Record<string, string> = { 明治: 'Meiji', 大正: 'Taisho', 昭和: 'Showa', 平成: 'Heisei', 令和: 'Reiwa' }
  return `FY${fiscalYear} (${romaji[era] ?? era} ${year})`
}

/** 2015–2019 → 平成27年度（2015年度）〜令和元年度（2019年度）. */
export function formatFiscalYearRange(startFY: number, endFY: number): string {
  return `${formatFiscalYear(startFY)}〜${formatFiscalYear(endFY)}`
}

/** The fiscal year a date falls in, reckoned in Japan (Asia/Tokyo) whatever the host's timezone. */
export function fiscalYearOf(date: Date | string): number {
  const [year, month] = toTokyoDate(date).split('-').map(Number)
  return month >= 4 ? year : year - 1
}

const tokyoDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The calendar date in Japan of an instant, as `YYYY-MM-DD`. */
export function toTokyoDate(date: Date | string): string {
  return tokyoDate.format(typeof date === 'string' ? new Date(date) : date)
}

/** 2015-06-08 → 平成27年6月8日（2015年6月8日）. */
export function formatJapaneseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  const { era, year } = eraParts(new Date(Date.UTC(y, m - 1, d)))
  return `${era}${year === 1 ? '元' : year}年${m}月${d}日（${y}年${m}月${d}日）`
}
