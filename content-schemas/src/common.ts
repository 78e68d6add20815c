import { z } from 'zod'
import { DATE_YEAR_RANGE, FISCAL_YEAR_RANGE, KEY_MAX_LENGTH, KEY_PATTERN, KPI_VALUE_RANGE } from './rules.ts'

/** A label or message in both languages of the admin and the site (always complete, unlike LocalizedText). */
export type Label = { ja: string; en: string }

/**
 * What a collection's records are called, one and many (the admin's `labels`, the site's list titles), and `short`
 * where residents see a shorter name for one than staff do (the site's kind label and search filter).
 */
export type CollectionLabels = { singular: Label; plural: Label; short?: Label }

/** A stable, URL-safe key (slug or code). Database ids never leave the CMS; records refer to each other by key. */
export const key = z.string().max(KEY_MAX_LENGTH).regex(KEY_PATTERN, { message: 'must be lowercase ASCII letters, digits and single hyphens (e.g. "goal-1")' })
export type Key = z.infer<typeof key>

/** Text in Japanese (always) and English (optional: `null` means not translated yet). */
export const localizedText = z.strictObject({
  ja: z.string().min(1),
  en: z.string().min(1).nullable(),
})
export type LocalizedText = z.infer<typeof localizedText>

/** Like localizedText, but the Japanese may be empty too (optional prose). */
export const optionalLocalizedText = localizedText.nullable()

/** A Western fiscal year (April–March), e.g. 2015 for 平成27年度. */
export const fiscalYear = z.int().min(FISCAL_YEAR_RANGE.min).max(FISCAL_YEAR_RANGE.max)

/** A KPI figure: finite and inside KPI_VALUE_RANGE (exact as an integer, sortable on a chart). */
export const kpiValue = z.number().min(KPI_VALUE_RANGE.min).max(KPI_VALUE_RANGE.max)

/** A calendar date in Japan (Asia/Tokyo), ISO `YYYY-MM-DD`. */
export const isoDate = z.iso.date().refine((d) => Number(d.slice(0, 4)) >= DATE_YEAR_RANGE.min && Number(d.slice(0, 4)) <= DATE_YEAR_RANGE.max, {
  message: `year outside ${DATE_YEAR_RANGE.min}–${DATE_YEAR_RANGE.max}`,
})

/**
 * Whether one value (an array row such as a KPI actual) is a sample written for the demo, not the city's own figure:
 * the site and the open data label exactly these rows サンプル.
 */
export const sampleFlag = z.boolean()

/**
 * Fields every published record carries.
 * `sampleFields` names the scalar and text fields (paths like `vision.text`) whose content is a sample written for the
 * demo, not the city's own words: the site labels them サンプル. Rows that are values of their own (KPI actuals and
 * verifications, implementation-plan projects and years) carry their own `sample` flag instead.
 */
export const recordBase = z.strictObject({
  key,
  /** Keys this record had before: the site leaves a redirect behind for each. */
  formerKeys: z.array(key),
  sampleFields: z.array(z.string().min(1)),
  /** ISO timestamp of the last published change. */
  updatedAt: z.iso.datetime({ offset: true }),
})
