import { COLLECTION_LABELS } from '@keikaku/content-schemas'
import type { CollectionConfig } from 'payload'
import { editorialCollection } from './editorial.ts'
import { orderField, text, textarea } from '../fields/localized.ts'
import { link } from '../fields/link.ts'

/** A free page of rich text (e.g. 策定組織の役割). */
export const Pages: CollectionConfig = editorialCollection({
  slug: 'pages',
  labels: COLLECTION_LABELS.pages,
  admin: { group: { ja: 'ページ', en: 'Pages' } },
  defaultSort: 'order',
  fields: [
    text('title', { ja: 'タイトル', en: 'Title' }, { required: true }),
    textarea('summary', { ja: '概要', en: 'Summary' }),
    { name: 'body', type: 'richText', label: { ja: '本文', en: 'Body' }, localized: true, required: true },
    {
      name: 'roleTables',
      type: 'array',
      label: { ja: '役割の比較表', en: 'Role tables' },
      labels: { singular: { ja: '比較表', en: 'Role table' }, plural: { ja: '比較表', en: 'Role tables' } },
      admin: {
        description: {
          ja: '会議体を横に並べ、趣旨・構成員・内容を比べる表です。各欄は会議体の記録から表示されます。',
          en: "Compares bodies side by side (purpose, composition, duties), filled from each body's record.",
        },
      },
      fields: [
        text('title', { ja: '表の題名', en: 'Table title' }, { required: true }),
        link('bodies', 'bodies', { ja: '会議体（列の順）', en: 'Bodies (column order)' }, { hasMany: true, required: true }),
      ],
    },
    link('parent', 'pages', { ja: '親ページ', en: 'Parent page' }, { admin: { position: 'sidebar' } }),
    orderField,
  ],
})
