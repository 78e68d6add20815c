import type { LocalizedText } from '@keikaku/content-schemas'
import { languageOf } from '@keikaku/content-schemas/language'
import { PAGE_TEXT } from './i18n-pages.ts'
import type { Shape } from './i18n-shape.ts'

export const LOCALES = ['ja', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** The `[...lang]` route parameter: Japanese lives at the root, English under /en/. */
export const localeParams = [
  { lang: undefined, locale: 'ja' },
  { lang: 'en', locale: 'en' },
] as const satisfies ReadonlyArray<{ lang: string | undefined; locale: Locale }>

export function localeOf(lang: string | undefined): Locale {
  return languageOf(lang)
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
export type { Label } from '@keikaku/content-schemas/common'

/** Era initials for the chart's compact English axis (H27, R2). */
const ERA_LETTER: Record<string, string> = { 明治: 'M', 大正: 'T', 昭和: 'S', 平成: 'H', 令和: 'R' }

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
    department: '担当',
    documents: '資料',
    futureVision: '将来像',
    budget: '事業費（千円）',
    listSeparator: '、',
    paren: (s: string) => `（${s}）`,
    /** The plan's yearly cycle: progress pages, the council's reports, ratings per year. */
    progress: {
      title: (plan: string) => `${plan}の進捗状況`,
      link: '進捗状況',
      linkTo: (plan: string) => `${plan}の進捗状況を見る`,
      asOf: (fy: string) => `${fy}までの実績による評価です。`,
      notMeasured: '実績値がまだありません。',
      total: '計画全体',
      totalOf: (plan: string) => `${plan}全体`,
      byGroup: (groups: string) => `${groups}ごとの進捗`,
      others: 'その他の指標',
      summaryOf: (name: string) => `${name}の進捗`,
      count: (n: number) => `${n}件`,
      totalHeader: '計',
      ratingHeader: '評価',
      kpisHeader: '指標',
      chartLabel: (name: string, parts: string) => `${name}の指標の評価の内訳：${parts}`,
      chartPart: (rating: string, n: number) => `${rating} ${n}件`,
      listSeparator: '、',
      noKpis: 'この目標に結びつく指標はまだありません。',
      ratingRule: '評価の決め方',
      rollUpRule: '集計の方法',
      latest: '最新の実績',
      atGlance: '計画の進捗状況',
      atGlanceNote: '指標（KPI・数値目標）を自動計算で評価した件数です。',
    },
    verification: {
      reports: '有識者会議による検証結果',
      reportTitle: (plan: string, fy: string) => `${plan} ${fy}の検証結果`,
      reportIntro: '有識者会議が、この年度の実績をもとに各指標を検証した結果です。自動計算の評価は、その年度末時点の実績による評価です。',
      reportLink: (fy: string) => `${fy}の検証結果`,
      none: '検証の記録はまだありません。',
      gradeScale: '評価の基準',
      grade: '有識者会議の評価',
      gradeOf: (grade: string, label: string) => `${grade}（${label}）`,
      comment: '意見',
      actual: 'その年度の実績値',
      noActual: 'この年度の実績値はありません',
      computedRating: '自動計算の評価',
      verifiedBy: '検証した会議',
      atMeeting: 'この会議での指標の検証',
      ratingsByYear: '年度ごとの評価（自動計算）',
      fiscalYear: '年度',
      progressRate: '進捗率',
      elapsed: '期間の経過割合',
      paren: (s: string) => `（${s}）`,
    },
    progressData: {
      progressCsv: '計画・目標ごとの進捗の件数（CSV）',
      progressJson: '計画・目標ごとの進捗（JSON、各指標の評価を含む）',
      verificationsCsv: '有識者会議による検証結果（CSV）',
      verificationsJson: '有識者会議による検証結果（JSON）',
      progressFormat: '進捗のCSVは縦持ちです。1行が「計画×目標×評価」の件数です（group_kind が plan の行は計画全体）。',
      verificationsFormat: '検証結果のCSVは1行が「計画×年度×指標」の検証1件です。評価の意味は計画ごとの評価基準によります。',
      columnsOf: (file: string) => `${file}の列`,
    },
    easyLink: 'やさしいにほんご',
    rubyToggle: 'ふりがな',
    /** 策定組織の役割: bodies side by side, one row per aspect, as in the city's table. */
    roleTable: { aspect: '項目', purpose: '趣旨', composition: '構成員', duties: '内容' },
    officialSite: (city: string) => `${city}の公式サイト`,
    pages: PAGE_TEXT.ja,
    /** The KPI chart's words and punctuation (its SVG title, description and legend). */
    chart: {
      baseline: '基準値',
      target: '目標値',
      actual: '実績値',
      preliminary: '速報値',
      final: '確定値',
      path: '目標への道筋',
      none: '実績なし',
      latest: '最新の実績',
      unit: '単位',
      sample: 'サンプル値（市の実数値ではありません）',
      open: '（',
      close: '）',
      sep: '、',
      comma: '、',
      colon: '：',
      eraYear: (era: string, year: number) => `${era}${year === 1 ? '元' : year}`,
    },
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
    department: 'Department',
    documents: 'Documents',
    futureVision: 'Future vision',
    budget: 'Budget (¥1,000)',
    listSeparator: ', ',
    paren: (s: string) => ` (${s})`,
    progress: {
      title: (plan: string) => `Progress of the ${plan}`,
      link: 'Progress',
      linkTo: (plan: string) => `Progress of the ${plan}`,
      asOf: (fy: string) => `Rated by the actuals up to ${fy}.`,
      notMeasured: 'No actuals yet.',
      total: 'Whole plan',
      totalOf: (plan: string) => `${plan} as a whole`,
      byGroup: (groups: string) => `Progress by ${groups.toLowerCase()}`,
      others: 'Other indicators',
      summaryOf: (name: string) => `Progress: ${name}`,
      count: (n: number) => String(n),
      totalHeader: 'Total',
      ratingHeader: 'Rating',
      kpisHeader: 'Indicators',
      chartLabel: (name: string, parts: string) => `Ratings of the indicators of ${name}: ${parts}`,
      chartPart: (rating: string, n: number) => `${rating} ${n}`,
      listSeparator: ', ',
      noKpis: 'No indicator is linked to this goal yet.',
      ratingRule: 'How the rating is computed',
      rollUpRule: 'How the indicators are counted',
      latest: 'Latest',
      atGlance: 'Progress of the plans',
      atGlanceNote: 'Numbers of indicators (KPIs and numeric targets) by computed rating.',
    },
    verification: {
      reports: "Expert council's verification",
      reportTitle: (plan: string, fy: string) => `${plan}: council's verification, ${fy}`,
      reportIntro:
        "The expert council's verification of each indicator, based on the year's actuals. The computed rating is as the indicator stood at the end of that year.",
      reportLink: (fy: string) => `Verification of ${fy}`,
      none: 'No verification recorded yet.',
      gradeScale: 'What the grades mean',
      grade: "Council's grade",
      gradeOf: (grade: string, label: string) => `${grade} (${label})`,
      comment: 'Comment',
      actual: "That year's actual",
      noActual: 'No actual for this year',
      computedRating: 'Computed rating',
      verifiedBy: 'Verified at',
      atMeeting: 'Indicators verified at this meeting',
      ratingsByYear: 'Rating at each fiscal year (computed)',
      fiscalYear: 'Fiscal year',
      progressRate: 'Progress',
      elapsed: 'Share of period elapsed',
      paren: (s: string) => ` (${s.toLowerCase()})`,
    },
    progressData: {
      progressCsv: 'Progress counts per plan and goal (CSV)',
      progressJson: 'Progress per plan and goal, with each indicator’s rating (JSON)',
      verificationsCsv: "Expert council's verifications (CSV)",
      verificationsJson: "Expert council's verifications (JSON)",
      progressFormat: 'The progress CSV is in long format: one row per plan × goal × rating, with its count (rows with group_kind = plan are the whole plan).',
      verificationsFormat:
        "The verifications CSV has one row per plan × fiscal year × indicator verified; what a grade means follows the plan's grading scale.",
      columnsOf: (file: string) => `Columns of ${file}`,
    },
    easyLink: 'やさしいにほんご',
    rubyToggle: 'Furigana',
    roleTable: { aspect: 'Aspect', purpose: 'Purpose', composition: 'Members', duties: 'Duties' },
    officialSite: (city: string) => `${city} official website`,
    pages: PAGE_TEXT.en,
    chart: {
      baseline: 'Baseline',
      target: 'Target',
      actual: 'Actual',
      preliminary: 'preliminary',
      final: 'final',
      path: 'Path to target',
      none: 'no actuals yet',
      latest: 'latest actual',
      unit: 'Unit',
      sample: 'Sample value (not the city’s figure)',
      open: ' (',
      close: ')',
      sep: '; ',
      comma: ', ',
      colon: ': ',
      eraYear: (era: string, year: number) => `${ERA_LETTER[era] ?? era}${year}`,
    },
  },
} as const

export type UiStrings = (typeof UI)[Locale]

// English has every key the Japanese has: a missing translation fails the type check.
UI.en satisfies Shape<typeof UI.ja>

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
