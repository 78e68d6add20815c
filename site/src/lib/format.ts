import { formatJapaneseDate, toTokyoDate } from '@keikaku/content-schemas'
import type { Locale } from './i18n.ts'

// One formatter per locale for the whole build: `toLocaleString` with options builds a new Intl formatter on every
// call, which was the largest single cost of rendering KPI pages and charts.
const INTL_LOCALE = { ja: 'ja-JP', en: 'en-US' } as const
const NUMBER = {
  ja: new Intl.NumberFormat(INTL_LOCALE.ja, { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat(INTL_LOCALE.en, { maximumFractionDigits: 2 }),
}
const INTEGER = { ja: new Intl.NumberFormat(INTL_LOCALE.ja), en: new Intl.NumberFormat(INTL_LOCALE.en) }
const EN_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** A document's size as residents read it: 1 KB at least, whole kilobytes below 1 MB. */
export function formatFileSize(bytes: number, locale: Locale): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  return `${INTEGER[locale].format(Math.max(1, Math.round(bytes / 1024)))} KB`
}

/** The format named from the MIME type, e.g. PDF. */
export function formatName(mimeType: string): string {
  const known: Record<string, string> = {
    'application/pdf': 'PDF',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
    'application/vnd.ms-excel': 'Excel',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
    'application/msword': 'Word',
    'text/csv': 'CSV',
  }
  return known[mimeType] ?? mimeType.split('/').pop()!.toUpperCase()
}

/** A date (ISO date or timestamp) in Japan: 令和8年4月1日（2026年4月1日） or 1 April 2026. */
export function formatDate(value: string, locale: Locale): string {
  const date = value.length === 10 ? value : toTokyoDate(value)
  if (locale === 'ja') return formatJapaneseDate(date)
  return EN_DATE.format(new Date(`${date}T00:00:00Z`))
}

export function formatNumber(value: number, locale: Locale): string {
  return NUMBER[locale].format(value)
}

export function formatPercent(share: number, locale: Locale): string {
  return `${formatNumber(Math.round(share * 1000) / 10, locale)}%`
}
