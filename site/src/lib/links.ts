import { normalizeBasePath } from '../env.ts'
import { RECORD_COLLECTIONS } from '@keikaku/content-schemas'
import type { Locale } from './i18n.ts'

/** Astro's configured base, with both slashes. */
export const basePath = normalizeBasePath(import.meta.env.BASE_URL)

/** Collections that have one page per record (the contract's RECORD_COLLECTIONS); the URL segment is the collection name. */
export const ENTITY_KINDS = RECORD_COLLECTIONS
export type EntityKind = (typeof ENTITY_KINDS)[number]

/** Site-relative path (no base, no locale) of a record's page: ASCII, from its stable key. */
export function entityPath(kind: EntityKind, key: string): string {
  return `${kind}/${key}/`
}

/** Path under the base and locale, e.g. `/keikaku/en/goals/goal-1/`. */
export function href(path: string, locale: Locale): string {
  return `${basePath}${locale === 'en' ? 'en/' : ''}${path.replace(/^\//, '')}`
}

export function entityHref(kind: EntityKind, key: string, locale: Locale): string {
  return href(entityPath(kind, key), locale)
}

/** The same page in the other language. */
export function alternateHref(path: string, locale: Locale): string {
  return href(path, locale === 'ja' ? 'en' : 'ja')
}
