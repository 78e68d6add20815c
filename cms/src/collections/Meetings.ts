import { COLLECTION_LABELS, MEETING_NUMBER_RANGE } from '@keikaku/content-schemas'
import type { CollectionConfig } from 'payload'
import { editorialCollection } from './editorial.ts'
import { text, textarea, textList } from '../fields/localized.ts'
import { link, uploadLink } from '../fields/link.ts'
import { easySummaryField } from '../fields/easy.ts'

/** A meeting of a body, with its agenda and documents (PDF uploads). */
export const Meetings: CollectionConfig = editorialCollection({
  slug: 'meetings',
  labels: COLLECTION_LABELS.meetings,
  admin: { group: { ja: '会議', en: 'Meetings' }, defaultColumns: ['title', 'date', 'body', '_status'] },
  defaultSort: '-date',
  fields: [
    text('title', { ja: '会議名', en: 'Title' }, { required: true }),
    link('body', 'bodies', { ja: '会議体', en: 'Body' }, { required: true }),
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'number',
          label: { ja: '回（第N回）', en: 'Number' },
          min: MEETING_NUMBER_RANGE.min,
          max: MEETING_NUMBER_RANGE.max,
          admin: { step: 1 },
        },
        {
          name: 'date',
          type: 'date',
          label: { ja: '開催日', en: 'Date' },
          required: true,
          timezone: { defaultTimezone: 'Asia/Tokyo', supportedTimezones: [{ label: 'Asia/Tokyo', value: 'Asia/Tokyo' }] },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy/MM/dd' } },
        },
      ],
    },
    text('venue', { ja: '会場', en: 'Venue' }),
    textList('agenda', { ja: '議題', en: 'Agenda' }, { ja: '議題', en: 'Item' }),
    textarea('summary', { ja: '概要', en: 'Summary' }),
    easySummaryField(),
    {
      name: 'documents',
      type: 'array',
      label: { ja: '資料', en: 'Documents' },
      fields: [
        { name: 'code', type: 'text', label: { ja: '資料番号（例: 資料№１－２）', en: 'Code' } },
        text('title', { ja: '資料名', en: 'Title' }, { required: true }),
        uploadLink(
          'file',
          { ja: 'ファイル（PDF）', en: 'File (PDF)' },
          {
            required: true,
            filterOptions: { mimeType: { equals: 'application/pdf' } },
          },
        ),
      ],
    },
  ],
})
