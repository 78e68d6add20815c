import type { Label } from './common.ts'

/**
 * Field rules shared by the CMS (every save, draft or not) and importers: each takes a value and returns a problem
 * in Japanese and English, or null when the value is fine. Required-ness is not checked here (an incomplete draft
 * is allowed); an empty value is the caller's concern.
 */

export interface Bilingual {
  ja: string
  en: string
}

/** Keys become file and folder names on the site: bounded well below file-system name limits. */
export const KEY_MAX_LENGTH = 80
export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A range of numbers and whether they must be whole. */
export interface NumberRange {
  min: number
  max: number
  integer?: boolean
}

/**
 * KPI figures (people, yen, percent): far beyond any city's numbers, and below 2^53 so that every integer in range
 * is exact and the database stores it as a number.
 */
export const KPI_VALUE_RANGE: NumberRange = { min: -1e15, max: 1e15 }
export const FISCAL_YEAR_RANGE: NumberRange = { min: 1900, max: 2200, integer: true }
export const ORDER_RANGE: NumberRange = { min: -1_000_000, max: 1_000_000, integer: true }
export const MEETING_NUMBER_RANGE: NumberRange = { min: 1, max: 10_000, integer: true }
/** Dates of meetings and documents: the same span as fiscal years. */
export const DATE_YEAR_RANGE = { min: 1900, max: 2200 }
/** Payload's own default for text fields; kept for every text field. */
export const TEXT_MAX_LENGTH = 40_000

const quote = (label: Bilingual): Bilingual => ({ ja: `「${label.ja}」`, en: `"${label.en}"` })

/** A key (URL identifier): lowercase letters, digits and single hyphens, at most KEY_MAX_LENGTH characters. */
export function keyProblem(value: unknown, label: Bilingual = { ja: 'キー', en: 'Key' }): Bilingual | null {
  if (typeof value !== 'string') {
    return { ja: `${label.ja}は文字列で入力してください。`, en: `${label.en} must be text.` }
  }
  if (value.length > KEY_MAX_LENGTH) {
    return {
      ja: `${label.ja}が長すぎます（${value.length}文字）。${KEY_MAX_LENGTH}文字以内にしてください。`,
      en: `${label.en} is too long (${value.length} characters); use at most ${KEY_MAX_LENGTH}.`,
    }
  }
  if (!KEY_PATTERN.test(value)) {
    return {
      ja: `${label.ja}「${value}」は使えません。半角英小文字・数字・ハイフンのみで入力してください（例: goal-1）。`,
      en: `${label.en} "${value}" is not allowed: use lowercase letters, digits and single hyphens (e.g. goal-1).`,
    }
  }
  return null
}

/** A number: finite, inside the field's range, whole where the field counts things. Numeric strings are refused. */
export function numberProblem(value: unknown, label: Bilingual, range: NumberRange): Bilingual | null {
  const q = quote(label)
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return { ja: `${q.ja}には数値を入力してください。`, en: `${q.en} must be a number.` }
  }
  if (!Number.isFinite(value) || value < range.min || value > range.max) {
    const shown = Number.isFinite(value) ? String(value) : value > 0 ? '∞' : '-∞'
    return {
      ja: `${q.ja}の値（${shown}）が範囲外です。${range.min}〜${range.max}の数値を入力してください。`,
      en: `${q.en}: ${shown} is out of range; enter a number from ${range.min} to ${range.max}.`,
    }
  }
  if (range.integer && !Number.isInteger(value)) {
    return { ja: `${q.ja}は整数で入力してください（${value}）。`, en: `${q.en} must be a whole number (${value}).` }
  }
  return null
}

const ISO_DATE = /^([+-]?\d{4,6})-(\d{2})-(\d{2})(?:$|T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$)/

/**
 * A date as `YYYY-MM-DD` or an ISO timestamp: a real calendar day (2019-02-30 is refused, not turned into March 2)
 * in a four-digit year within DATE_YEAR_RANGE.
 */
export function dateProblem(value: unknown, label: Bilingual): Bilingual | null {
  const q = quote(label)
  const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()) : value
  const invalid = {
    ja: `${q.ja}の日付「${String(text)}」は正しくありません。実在する日付を YYYY-MM-DD で入力してください。`,
    en: `${q.en}: "${String(text)}" is not a valid date; enter a real date as YYYY-MM-DD.`,
  }
  if (typeof text !== 'string') return invalid
  const match = ISO_DATE.exec(text)
  if (!match || Number.isNaN(Date.parse(text))) return invalid
  const [year, month, day] = match.slice(1, 4).map(Number)
  const calendarDay = new Date(Date.UTC(year, month - 1, day))
  if (calendarDay.getUTCMonth() !== month - 1 || calendarDay.getUTCDate() !== day) return invalid
  if (!/^\d{4}$/.test(match[1]) || year < DATE_YEAR_RANGE.min || year > DATE_YEAR_RANGE.max) {
    return {
      ja: `${q.ja}の日付「${text}」の年が範囲外です。${DATE_YEAR_RANGE.min}〜${DATE_YEAR_RANGE.max}年の日付を入力してください。`,
      en: `${q.en}: the year of "${text}" is out of range; enter a date from ${DATE_YEAR_RANGE.min} to ${DATE_YEAR_RANGE.max}.`,
    }
  }
  return null
}

/** Text: a string of at most `maxLength` characters (an object or a number where text belongs is refused). */
export function textProblem(value: unknown, label: Bilingual, maxLength = TEXT_MAX_LENGTH): Bilingual | null {
  const q = quote(label)
  if (typeof value !== 'string') return { ja: `${q.ja}には文字列を入力してください。`, en: `${q.en} must be text.` }
  if (value.length > maxLength) {
    return {
      ja: `${q.ja}が長すぎます（${value.length.toLocaleString('ja-JP')}文字）。${maxLength.toLocaleString('ja-JP')}文字以内にしてください。`,
      en: `${q.en} is too long (${value.length.toLocaleString('en')} characters); use at most ${maxLength.toLocaleString('en')}.`,
    }
  }
  return null
}

/** Each fiscal year at most once in a list (actuals, verifications). */
export function duplicateFiscalYearProblem(years: unknown[], label: Bilingual): Bilingual | null {
  const duplicate = years.find((year, i) => year != null && years.indexOf(year) !== i)
  return duplicate == null
    ? null
    : {
        ja: `${label.ja}に${String(duplicate)}年度が重複しています。1年度につき1件にしてください。`,
        en: `${label.en}: fiscal year ${String(duplicate)} appears twice; give one entry per fiscal year.`,
      }
}

/** 全国地方公共団体コード: 6 digits (5-digit code + check digit), e.g. 032093 for Ichinoseki. */
export const MUNICIPALITY_CODE_PATTERN = /^\d{6}$/

/** Why a 全国地方公共団体コード is not acceptable, or null. */
export const municipalityCodeProblem = (value: unknown): Label | null =>
  typeof value === 'string' && MUNICIPALITY_CODE_PATTERN.test(value)
    ? null
    : {
        ja: `全国地方公共団体コードは半角数字6桁で入力してください（例：032093）。入力値：${String(value ?? '')}`,
        en: `The municipality code must be 6 digits (e.g. 032093); got: ${String(value ?? '')}`,
      }
