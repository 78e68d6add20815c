import { z } from 'zod'

/**
 * やさしい日本語 summary of a record, written and approved by staff: short sentences, one idea each, です/ます.
 * Japanese only (it is a Japanese edition). `null` means the record has no page in the /easy/ edition.
 * Older snapshots without the field read as null.
 */
export const easyText = z.string().trim().min(1).nullable().default(null)

/** The field records of the /easy/ edition carry. */
export const easyFields = { easySummary: easyText }

/** Hiragana (with ー and spaces between words): how a reading is written. */
export const READING_PATTERN = /^[\u3041-\u309f\u30fc]+$/

/** One entry of the city's reading dictionary: its readings win over the analyser's (一関 → いちのせき). */
export const reading = z.strictObject({
  surface: z.string().trim().min(1),
  reading: z.string().trim().regex(READING_PATTERN, { message: 'must be hiragana (e.g. "いちのせき")' }),
})
export type Reading = z.infer<typeof reading>

/** Names of the city (places, bodies) the analyser reads wrongly; maintained by editors in the site settings. */
export const readings = z.array(reading).default([])
