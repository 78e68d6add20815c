import { COLLECTION_LABELS } from '@keikaku/content-schemas'
import type { CollectionConfig } from 'payload'
import { editorialCollection } from './editorial.ts'
import { orderField, text, textarea, textList } from '../fields/localized.ts'
import { link } from '../fields/link.ts'
import { easySummaryField } from '../fields/easy.ts'

/** 会議体: councils, committees and their sub-committees (部会). */
export const Bodies: CollectionConfig = editorialCollection({
  slug: 'bodies',
  labels: COLLECTION_LABELS.bodies,
  admin: { group: { ja: '会議', en: 'Meetings' }, useAsTitle: 'name', defaultColumns: ['name', 'key', '_status'] },
  defaultSort: 'order',
  fields: [
    text('name', { ja: '名称', en: 'Name' }, { required: true }),
    textarea('purpose', { ja: '趣旨', en: 'Purpose' }, { required: true }),
    textarea('composition', { ja: '構成員', en: 'Composition' }, { required: true }),
    textList('duties', { ja: '内容', en: 'Duties' }, { ja: '内容', en: 'Duty' }),
    link('plans', 'plans', { ja: '関係する計画', en: 'Plans' }, { hasMany: true }),
    link('parent', 'bodies', { ja: '親会議体（部会の場合）', en: 'Parent body' }),
    link('goal', 'goals', { ja: '担当する目標（部会の場合）', en: 'Goal (sub-committees)' }),
    easySummaryField(),
    orderField,
  ],
})
