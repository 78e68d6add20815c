import { COLLECTION_LABELS, PLAN_ITEM_LEVEL_LABELS, PLAN_ITEM_LEVELS, type CollectionName } from '@keikaku/content-schemas'
import type { CollectionConfig, Field } from 'payload'
import { editorialCollection } from './editorial.ts'
import { orderField, text, textarea } from '../fields/localized.ts'
import { link } from '../fields/link.ts'
import { easySummaryField } from '../fields/easy.ts'
import { selectField } from '../fields/select.ts'

/** The ordered elements of a plan's basic concept share a plan, a title and a description. */
export function planElementCollection(slug: CollectionName, fields: Field[] = []): CollectionConfig {
  return editorialCollection({
    slug,
    labels: COLLECTION_LABELS[slug],
    admin: { group: { ja: '計画', en: 'Plans' }, defaultColumns: ['title', 'order', 'key', '_status'] },
    defaultSort: 'order',
    fields: [
      text('title', { ja: '名称', en: 'Title' }, { required: true }),
      textarea('description', { ja: '説明', en: 'Description' }),
      ...fields,
      link('plan', 'plans', { ja: '計画', en: 'Plan' }, { required: true, admin: { position: 'sidebar' } }),
      orderField,
    ],
  })
}

/** まちづくりの考え方 */
export const Principles = planElementCollection('principles', [
  text('sentence', { ja: '考え方（文）', en: 'Sentence' }, { required: true }),
  easySummaryField(),
])

/** まちづくりの目標 */
export const Goals = planElementCollection('goals', [easySummaryField()])

/** まちづくりの進め方 */
export const Approaches = planElementCollection('approaches')

/** 重点プロジェクト: cross-cutting, so linked to several goals. */
export const PriorityProjects = planElementCollection('priority-projects', [
  textarea('thinking', { ja: '考え方', en: 'Thinking' }),
  textarea('method', { ja: '進め方', en: 'Method' }),
  {
    name: 'measures',
    type: 'array',
    label: { ja: '展開策', en: 'Measures' },
    fields: [text('title', { ja: '展開策', en: 'Measure' }, { required: true }), textarea('description', { ja: '説明', en: 'Description' })],
  },
  link('goals', 'goals', { ja: '関連する目標', en: 'Goals' }, { hasMany: true, required: true }),
  easySummaryField(),
])

/** 分野別計画: fields (分野) → policies (施策) → projects (事業), each a record under a goal. */
export const PlanItems = planElementCollection('plan-items', [
  selectField('level', { ja: '階層', en: 'Level' }, PLAN_ITEM_LEVELS, PLAN_ITEM_LEVEL_LABELS, { required: true }),
  link('goal', 'goals', { ja: 'まちづくりの目標', en: 'Goal' }, { required: true }),
  link('parent', 'plan-items', { ja: '上位の項目', en: 'Parent' }),
  textarea('situation', { ja: '現状と課題', en: 'Present state and issues' }),
  textarea('direction', { ja: '施策の展開方法', en: 'How policies are developed' }),
  textarea('participation', { ja: '市民の参画', en: 'Citizen participation' }),
])
