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
    easyLink: 'やさしいにほんご',
    rubyToggle: 'ふりがな',
  },
  en: {
    skip: 'Skip to main content',
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
    easyLink: 'やさしいにほんご',
    rubyToggle: 'Furigana',
  },
} as const

export type UiStrings = (typeof UI)[Locale]

/**
 * The やさしい日本語 edition's own words (/easy/): short, です/ます, hard words explained. Furigana is added at build.
 */
export const EASY = {
  title: 'やさしい 日本語',
  intro: 'やさしい 日本語で 書いた ページです。',
  sections: {
    plans: '計画',
    vision: '目指す まちの 姿（将来像）',
    principles: 'まちづくりの 考え方',
    goals: 'まちづくりの 目標',
    'priority-projects': '特に 力を 入れる こと（重点プロジェクト）',
    progress: '計画の 進み具合',
    bodies: '計画に ついて 話し合う 会議',
    meetings: '会議の 記録',
  },
  takePart: '計画づくりに 参加する',
  regular: 'くわしい ページ（ふつうの 日本語）',
  back: 'やさしい 日本語の トップへ',
  sample: 'この 文は 見本（サンプル）です。市の 正式な 文では ありません。',
  progressTable: '指標の 数',
  progressCaption: (plan: string) => `${plan}の 指標（数字の 目標）`,
  kpiCount: (n: number) => `${n}こ`,
  ratings: {
    achieved: '目標に とどいた',
    'on-track': 'うまく 進んで いる',
    behind: '遅れて いる',
    unmeasured: 'まだ 調べて いない',
  },
  kpiList: '指標の 一覧（ふつうの 日本語）',
} as const
