import { COLLECTION_LABELS } from '@keikaku/content-schemas'
import type { CollectionConfig } from 'payload'
import { editorialCollection } from './editorial.ts'
import { orderField, text, textarea } from '../fields/localized.ts'
import { link } from '../fields/link.ts'

/** 総合戦略の基本目標 (しごと / ひと / まち). */
export const StrategyGoals: CollectionConfig = editorialCollection({
  slug: 'strategy-goals',
  labels: COLLECTION_LABELS['strategy-goals'],
  admin: { group: { ja: '計画', en: 'Plans' }, useAsTitle: 'headline', defaultColumns: ['headline', 'category', 'key', '_status'] },
  defaultSort: 'order',
  fields: [
    text('category', { ja: '区分（しごと・ひと・まち）', en: 'Category' }, { required: true }),
    text('headline', { ja: '目指す姿（例: 若者や女性が集うまち）', en: 'Headline' }, { required: true }),
    text('theme', { ja: 'テーマ（例: 産業振興と雇用の創出）', en: 'Theme' }, { required: true }),
    text('banner', { ja: '柱（例: 中東北の拠点都市の形成）', en: 'Banner' }, { required: true }),
    textarea('description', { ja: '説明', en: 'Description' }),
    link('goals', 'goals', { ja: '関連する総合計画の目標', en: 'Related goals' }, { hasMany: true }),
    link('plan', 'plans', { ja: '計画', en: 'Plan' }, { required: true, admin: { position: 'sidebar' } }),
    orderField,
  ],
})
