import { t, type SeedRecord } from '../types.ts'

export const meetings: SeedRecord<'meetings'>[] = [
  {
    key: 'sogo-keikaku-shingikai-2015-1',
    body: 'sogo-keikaku-shingikai',
    number: 1,
    title: t('第１回総合計画審議会', '1st meeting of the Comprehensive Plan Council'),
    date: '2015-06-08',
    venue: null,
    agenda: [t('次期総合計画体系案について', 'The draft structure of the next comprehensive plan')],
    summary: null,
    documents: [
      { code: '資料№１－２', title: t('次期総合計画体系案', 'Draft structure of the next comprehensive plan'), file: 'shiryo-1-2-taikei-an' },
      { code: null, title: t('総合計画と総合戦略について', 'On the comprehensive plan and the comprehensive strategy'), file: 'sogo-keikaku-to-sogo-senryaku' },
    ],
    sampleFields: [],
  },
  {
    key: 'yushikisha-kaigi-2017-1',
    body: 'yushikisha-kaigi',
    number: 1,
    title: t('平成29年度第１回まち・ひと・しごと創生有識者会議'),
    date: '2017-08-21',
    venue: t('（サンプル）一関市役所'),
    agenda: [t('（サンプル）総合戦略の重要業績評価指標（KPI）の検証について')],
    summary: t('（サンプル）平成28年度の実績に基づき、KPIの達成状況を検証した。'),
    documents: [],
    sampleFields: ['title', 'date', 'venue', 'agenda', 'summary'],
  },
  {
    key: 'machizukuri-staff-kaigi-bukai-3-2015-1',
    body: 'machizukuri-staff-kaigi-bukai-3',
    number: 1,
    title: t('まちづくりスタッフ会議 第３部会 第１回'),
    date: '2015-07-15',
    venue: null,
    agenda: [t('（サンプル）子育て支援分野の現状と課題について')],
    summary: null,
    documents: [],
    sampleFields: ['date', 'agenda'],
  },
]
