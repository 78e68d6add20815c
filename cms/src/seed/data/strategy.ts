import { t, type SeedRecord } from '../types.ts'

/** 総合戦略 basic goals as the structure chart names them: 【banner】 category：headline ＜theme＞. */
type Row = [
  key: string,
  category: string,
  categoryEn: string,
  headline: string,
  headlineEn: string,
  theme: string,
  themeEn: string,
  banner: string,
  bannerEn: string,
  goals: string[],
]

const rows: Row[] = [
  [
    'shigoto',
    'しごと',
    'Work',
    '若者や女性が集うまち',
    'A city where young people and women gather',
    '産業振興と雇用の創出',
    'Promoting industry and creating jobs',
    '中東北の拠点都市の形成',
    'Becoming the hub city of central Tohoku',
    ['goal-1-miryoku', 'goal-2-kasseika'],
  ],
  [
    'hito',
    'ひと',
    'People',
    '子育てしやすいまち',
    'A city where raising children is easy',
    '子育て世代への支援',
    'Supporting the child-raising generation',
    '人材の育成',
    'Developing people',
    ['goal-3-ninaite'],
  ],
  [
    'machi',
    'まち',
    'Town',
    '住みたい、住んでよかったまち',
    'A city people want to live in, and are glad they did',
    '人口減少社会への対応',
    'Responding to a shrinking population',
    '時代にあった地域づくり',
    'Community building for our times',
    ['goal-4-shizen', 'goal-5-anshin'],
  ],
]

export const strategyGoals: SeedRecord<'strategy-goals'>[] = rows.map(
  ([key, category, categoryEn, headline, headlineEn, theme, themeEn, banner, bannerEn, goals], i) => ({
    key,
    plan: 'sogo-senryaku',
    order: i + 1,
    category: t(category, categoryEn),
    headline: t(headline, headlineEn),
    theme: t(theme, themeEn),
    banner: t(banner, bannerEn),
    description: null,
    goals,
    sampleFields: ['goals'],
  }),
)
