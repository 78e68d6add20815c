import type { RECORD_COLLECTIONS } from '@keikaku/content-schemas'
import { localeParams, type Locale } from './i18n.ts'
import { skippedRecords } from './incremental.ts'

/** getStaticPaths entries for every item in both languages (Japanese at the root, English under /en/). */
export function perLocale<T>(items: T[], keyOf: (item: T) => string) {
  return localeParams.flatMap(({ lang, locale }) => items.map((item) => ({ params: { lang, key: keyOf(item) }, props: { item, locale: locale as Locale } })))
}

/** A collection with a page per record; its name is the pages' folder. */
type RecordCollection = (typeof RECORD_COLLECTIONS)[number]

/**
 * getStaticPaths entries for the records of a collection, in both languages; an incremental build leaves out the
 * records it takes from the previous build.
 */
export function recordPaths<T extends { key: string }>(collection: RecordCollection, items: T[]) {
  return perLocale(unlessSkipped(collection, items), (item) => item.key)
}

/** The records of a collection that this build renders (an incremental build skips the unaffected ones). */
export function unlessSkipped<T extends { key: string }>(collection: RecordCollection, items: T[]): T[] {
  return skippedRecords().size === 0 ? items : items.filter((item) => !isSkipped(collection, item.key))
}

/** Whether this build takes a record's pages from the previous build (an incremental build, an unaffected record). */
export const isSkipped = (collection: RecordCollection, key: string): boolean => skippedRecords().has(`${collection}/${key}`)

/** getStaticPaths entries for a single page in both languages. */
export function bothLocales() {
  return localeParams.map(({ lang, locale }) => ({ params: { lang }, props: { locale: locale as Locale } }))
}
