import { localeParams, type Locale } from './i18n.ts'

/** getStaticPaths entries for every item in both languages (Japanese at the root, English under /en/). */
export function perLocale<T>(items: T[], keyOf: (item: T) => string) {
  return localeParams.flatMap(({ lang, locale }) => items.map((item) => ({ params: { lang, key: keyOf(item) }, props: { item, locale: locale as Locale } })))
}

/** getStaticPaths entries for a single page in both languages. */
export function bothLocales() {
  return localeParams.map(({ lang, locale }) => ({ params: { lang }, props: { locale: locale as Locale } }))
}
