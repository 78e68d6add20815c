import type { CollectionLabels } from './common.ts'
import type { CollectionName } from './snapshot.ts'

/**
 * Each published collection's name, defined once: the admin's collection `labels` and the site's kind labels, list
 * titles and search filter values all read it.
 */
export const COLLECTION_LABELS: Record<CollectionName, CollectionLabels> = {
  plans: { singular: { ja: '計画', en: 'Plan' }, plural: { ja: '計画一覧', en: 'Plans' } },
  principles: { singular: { ja: 'まちづくりの考え方', en: 'Principle' }, plural: { ja: 'まちづくりの考え方', en: 'Principles' } },
  goals: { singular: { ja: 'まちづくりの目標', en: 'Goal' }, plural: { ja: 'まちづくりの目標', en: 'Goals' } },
  approaches: { singular: { ja: 'まちづくりの進め方', en: 'Approach' }, plural: { ja: 'まちづくりの進め方', en: 'Approaches' } },
  'priority-projects': { singular: { ja: '重点プロジェクト', en: 'Priority project' }, plural: { ja: '重点プロジェクト', en: 'Priority projects' } },
  'plan-items': {
    singular: { ja: '分野別計画の項目', en: 'Sectoral plan item' },
    plural: { ja: '分野別計画', en: 'Sectoral plans' },
    short: { ja: '分野別計画', en: 'Sectoral plan' },
  },
  'implementation-plans': {
    singular: { ja: '実施計画', en: 'Implementation plan' },
    plural: { ja: '実施計画', en: 'Implementation plans' },
  },
  'strategy-goals': { singular: { ja: '総合戦略の基本目標', en: 'Strategy goal' }, plural: { ja: '総合戦略の基本目標', en: 'Strategy goals' } },
  kpis: {
    singular: { ja: '指標（KPI・数値目標）', en: 'KPI' },
    plural: { ja: '指標（KPI・数値目標）', en: 'Indicators (KPIs and numeric targets)' },
    short: { ja: '指標（KPI）', en: 'Indicator (KPI)' },
  },
  bodies: {
    singular: { ja: '会議体', en: 'Body' },
    plural: { ja: '会議体', en: 'Councils and committees' },
    short: { ja: '会議体', en: 'Council' },
  },
  meetings: { singular: { ja: '会議', en: 'Meeting' }, plural: { ja: '会議の記録', en: 'Meetings' } },
  pages: { singular: { ja: 'ページ', en: 'Page' }, plural: { ja: 'ページ', en: 'Pages' } },
  media: { singular: { ja: 'メディア', en: 'Media' }, plural: { ja: 'メディア（画像・PDF）', en: 'Media' } },
}
