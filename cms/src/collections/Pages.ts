import type { CollectionConfig } from 'payload'
import { editorialCollection } from './editorial.ts'
import { orderField, text, textarea } from '../fields/localized.ts'
import { link } from '../fields/link.ts'

/** A free page of rich text (e.g. 策定組織の役割). */
export const Pages: CollectionConfig = editorialCollection({
  slug: 'pages',
  labels: { singular: { ja: 'ページ', en: 'Page' }, plural: { ja: 'ページ', en: 'Pages' } },
  admin: { group: { ja: 'ページ', en: 'Pages' } },
  defaultSort: 'order',
  fields: [
    text('title', { ja: 'タイトル', en: 'Title' }, { required: true }),
    textarea('summary', { ja: '概要', en: 'Summary' }),
    { name: 'body', type: 'richText', label: { ja: '本文', en: 'Body' }, localized: true, required: true },
    link('parent', 'pages', { ja: '親ページ', en: 'Parent page' }, { admin: { position: 'sidebar' } }),
    orderField,
  ],
})
