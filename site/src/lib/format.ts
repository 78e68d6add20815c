import { formatJapaneseDate, toTokyoDate } from '@keikaku/content-schemas'
import type { Locale } from './i18n.ts'

/** A document's size as residents read it: 1 KB at least, whole kilobytes below 1 MB. */
export function formatFileSize(bytes: number, locale: Locale): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale === 'ja' ? 'ja-JP' : 'en-US')} KB`
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
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}

export function formatNumber(value: number, locale: Locale): string {
  return value.toLocaleString(locale === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: 2 })
}

export function formatPercent(share: number, locale: Locale): string {
  return `${formatNumber(Math.round(share * 1000) / 10, locale)}%`
}
