import type { LocalizedText } from '@keikaku/content-schemas'

export const LOCALES = ['ja', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** The `[...lang]` route parameter: Japanese lives at the root, English under /en/. */
export const localeParams = [
  { lang: undefined, locale: 'ja' },
  { lang: 'en', locale: 'en' },
] as const satisfies ReadonlyArray<{ lang: string | undefined; locale: Locale }>

export function localeOf(lang: string | undefined): Locale {
  return lang === 'en' ? 'en' : 'ja'
}

/** The text in the reader's language; `translated` is false when English falls back to Japanese. */
export function pick(text: LocalizedText, locale: Locale): { value: string; lang: Locale; translated: boolean } {
  if (locale === 'en' && text.en) return { value: text.en, lang: 'en', translated: true }
  return { value: text.ja, lang: 'ja', translated: locale === 'ja' }
}

/** Plain text for attributes and <title>: English, or the Japanese marked as untranslated. */
export function plain(text: LocalizedText, locale: Locale): string {
  const { value, translated } = pick(text, locale)
  return translated ? value : `${value} (${UI.en.untranslated})`
}

/** A label pair written in code (not content). */
export type Label = { ja: string; en: string }

export const UI = {
  ja: {
    skip: '本文へ移動',
    aboutEnglish: '英語版について',
    searchConditions: '検索の条件',
    home: 'ホーム',
    search: '検索',
    searchLabel: 'サイト内検索',
    searchPlaceholder: '例：子育て支援',
    menu: 'メニュー',
    breadcrumbs: 'パンくずリスト',
    updated: '最終更新日',
    sample: 'サンプル',
    sampleNote: 'この項目はデモ用のサンプルです。',
    untranslated: '未翻訳',
    ended: '終了',
    current: '計画期間中',
    switchTo: 'English',
    switchLabel: '英語版へ',
    pagination: 'ページ送り',
    prev: '前のページ',
    next: '次のページ',
    pageOf: (n: number, total: number) => `${total}ページ中${n}ページ目`,
    none: '該当するものはありません。',
    accessibility: 'ウェブアクセシビリティ方針',
    openData: 'オープンデータ',
    feed: '更新情報（Atom）',
    media: '資料・画像',
    contact: 'お問い合わせ',
  },
  en: {
    skip: 'Skip to main content',
    aboutEnglish: 'About the English version',
    searchConditions: 'Search conditions',
    home: 'Home',
    search: 'Search',
    searchLabel: 'Search this site',
    searchPlaceholder: 'e.g. childcare',
    menu: 'Menu',
    breadcrumbs: 'Breadcrumbs',
    updated: 'Last updated',
    sample: 'Sample',
    sampleNote: 'This item is sample content written for the demo.',
    untranslated: 'Not yet translated',
    ended: 'Ended',
    current: 'In force',
    switchTo: '日本語',
    switchLabel: 'Japanese version',
    pagination: 'Pagination',
    prev: 'Previous page',
    next: 'Next page',
    pageOf: (n: number, total: number) => `Page ${n} of ${total}`,
    none: 'None.',
    accessibility: 'Web accessibility policy',
    openData: 'Open data',
    feed: 'Updates (Atom)',
    media: 'Documents and images',
    contact: 'Contact',
  },
} as const

export type UiStrings = (typeof UI)[Locale]
