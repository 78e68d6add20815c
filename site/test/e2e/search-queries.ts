import type { SearchCase } from '@keikaku/test-support/search-recall'

/**
 * The regression set: queries residents type, and pages (paths under the base) that must be in the top 10.
 * Written for the fixture (the city's seeded plan).
 */
export const JAPANESE_QUERIES: SearchCase[] = [
  { query: '子育て支援', expect: ['plan-items/field-3/', 'plan-items/field-3-policy-1/'], why: 'compound' },
  { query: '子育て', expect: ['strategy-goals/hito/', 'plan-items/field-3/'], why: 'word' },
  { query: 'こそだて', expect: ['strategy-goals/hito/', 'plan-items/field-3/'], why: 'reading of a kanji word (hidden readings)' },
  { query: '人口減少', expect: ['plans/sogo-senryaku/'], why: 'compound' },
  { query: '震災', expect: ['priority-projects/shinsai/'], why: 'word' },
  { query: '東日本大震災', expect: ['priority-projects/shinsai/'], why: 'compound' },
  { query: 'ILC', expect: ['priority-projects/ilc/', 'plan-items/field-3-policy-2-project-1/', 'kpis/ilc-event-sankasha/'], why: 'Latin' },
  { query: 'ＩＬＣ', expect: ['priority-projects/ilc/'], why: 'full-width Latin' },
  { query: '観光', expect: ['plan-items/field-1/', 'kpis/kanko-kyaku/'], why: 'word' },
  { query: '出生率', expect: ['kpis/gokei-tokushu-shusshoritsu/'], why: 'part of a compound' },
  { query: '合計特殊出生率', expect: ['kpis/gokei-tokushu-shusshoritsu/'], why: 'long compound' },
  { query: '一関', expect: ['plans/sogo-keikaku/'], why: 'place name' },
  { query: 'リニアコライダー', expect: ['priority-projects/ilc/'], why: 'katakana' },
  { query: 'ﾘﾆｱｺﾗｲﾀﾞｰ', expect: ['priority-projects/ilc/'], why: 'half-width katakana' },
  { query: '国際リニアコライダー', expect: ['priority-projects/ilc/'], why: 'kanji + katakana compound' },
  { query: '2019', expect: ['plans/sogo-senryaku/', 'implementation-plans/jisshi-keikaku-2017/'], why: 'number' },
  { query: '２０１９', expect: ['plans/sogo-senryaku/', 'implementation-plans/jisshi-keikaku-2017/'], why: 'full-width number' },
  { query: '待機児童', expect: ['kpis/taiki-jido/'], why: 'compound' },
  { query: '子育て　待機児童', expect: ['kpis/taiki-jido/'], why: 'two words, ideographic space' },
  { query: '防災', expect: ['plan-items/field-5/', 'kpis/jishu-bosai-soshiki/'], why: 'word' },
  { query: '移住', expect: ['plan-items/field-2-policy-2/'], why: 'word' },
  { query: '猊鼻渓', expect: ['plan-items/field-1-policy-1-project-1/'], why: 'rare kanji place name' },
  { query: '総合計画審議会', expect: ['bodies/sogo-keikaku-shingikai/'], why: 'body name' },
  { query: 'アクセシビリティ', expect: ['accessibility/'], why: 'katakana, MDX page' },
]

export const ENGLISH_QUERIES: SearchCase[] = [
  { query: 'fertility', expect: ['en/kpis/gokei-tokushu-shusshoritsu/'], why: 'English word' },
  { query: 'earthquake', expect: ['en/priority-projects/shinsai/'], why: 'English word' },
  { query: 'ILC', expect: ['en/priority-projects/ilc/'], why: 'Latin' },
]
