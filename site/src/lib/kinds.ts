import { PLAN_ITEM_LEVEL_LABELS, type PlanItemLevel } from '@keikaku/content-schemas'
import type { Label } from './i18n.ts'
import type { EntityKind } from './links.ts'

/** What each kind of page is called; also the values of the search filter `kind`. */
export const KIND_LABELS: Record<EntityKind, Label> = {
  plans: { ja: '計画', en: 'Plan' },
  principles: { ja: 'まちづくりの考え方', en: 'Principle' },
  goals: { ja: 'まちづくりの目標', en: 'Goal' },
  approaches: { ja: 'まちづくりの進め方', en: 'Approach' },
  'priority-projects': { ja: '重点プロジェクト', en: 'Priority project' },
  'plan-items': { ja: '分野別計画', en: 'Sectoral plan' },
  'implementation-plans': { ja: '実施計画', en: 'Implementation plan' },
  'strategy-goals': { ja: '総合戦略の基本目標', en: 'Strategy goal' },
  kpis: { ja: '指標（KPI）', en: 'Indicator (KPI)' },
  bodies: { ja: '会議体', en: 'Council' },
  meetings: { ja: '会議', en: 'Meeting' },
  pages: { ja: 'ページ', en: 'Page' },
}

export const LEVEL_LABELS: Record<PlanItemLevel, Label> = PLAN_ITEM_LEVEL_LABELS

/** Plural headings for index pages and home sections. */
export const LIST_TITLES: Record<EntityKind, Label> = {
  plans: { ja: '計画一覧', en: 'Plans' },
  principles: { ja: 'まちづくりの考え方', en: 'Principles' },
  goals: { ja: 'まちづくりの目標', en: 'Goals' },
  approaches: { ja: 'まちづくりの進め方', en: 'Approaches' },
  'priority-projects': { ja: '重点プロジェクト', en: 'Priority projects' },
  'plan-items': { ja: '分野別計画', en: 'Sectoral plans' },
  'implementation-plans': { ja: '実施計画', en: 'Implementation plans' },
  'strategy-goals': { ja: '総合戦略の基本目標', en: 'Strategy goals' },
  kpis: { ja: '指標（KPI・数値目標）', en: 'Indicators (KPIs and numeric targets)' },
  bodies: { ja: '会議体', en: 'Councils and committees' },
  meetings: { ja: '会議の記録', en: 'Meetings' },
  pages: { ja: 'ページ', en: 'Pages' },
}

/** Entries on each page of the paginated lists (KPIs, meetings). */
export const LIST_PAGE_SIZE = 20
