import { COLLECTION_LABELS, PLAN_KIND_LABELS, PLAN_KINDS, VERIFICATION_GRADES } from '@keikaku/content-schemas'
import type { CollectionConfig } from 'payload'
import { editorialCollection } from './editorial.ts'
import { orderField, text, textarea } from '../fields/localized.ts'
import { link } from '../fields/link.ts'
import { keyField } from '../fields/key.ts'
import { periodRow } from '../fields/period.ts'
import { say } from '../messages.ts'
import { easySummaryField } from '../fields/easy.ts'
import { selectField } from '../fields/select.ts'

/** 総合計画 or 総合戦略, with its period, layers (基本構想 / 基本計画 / 実施計画) and editions. */
export const Plans: CollectionConfig = editorialCollection({
  slug: 'plans',
  labels: COLLECTION_LABELS.plans,
  admin: { group: { ja: '計画', en: 'Plans' } },
  fields: [
    text('title', { ja: '計画名', en: 'Title' }, { required: true }),
    text('shortTitle', { ja: '略称', en: 'Short title' }, { required: true }),
    selectField('kind', { ja: '種別', en: 'Kind' }, PLAN_KINDS, PLAN_KIND_LABELS, { required: true }),
    periodRow(),
    textarea('purpose', { ja: '目的', en: 'Purpose' }, { required: true }),
    textarea('scope', { ja: '範囲', en: 'Scope' }, { required: true }),
    text('periodText', { ja: '期間（計画書の表記）', en: 'Period (as worded)' }, { required: true }),
    {
      name: 'vision',
      type: 'group',
      label: { ja: '将来像', en: 'Future vision' },
      admin: { condition: (data) => data?.kind === 'comprehensive' },
      fields: [
        text('slogan', { ja: 'スローガン', en: 'Slogan' }),
        textarea('text', { ja: '説明', en: 'Text' }),
        easySummaryField('easySummary', { ja: '将来像のやさしい日本語の要約', en: 'Easy Japanese summary of the vision' }),
      ],
    },
    {
      name: 'layers',
      type: 'array',
      label: { ja: '構成（層）', en: 'Layers' },
      labels: { singular: { ja: '層', en: 'Layer' }, plural: { ja: '層', en: 'Layers' } },
      admin: { description: { ja: '例: 基本構想／基本計画／実施計画', en: 'e.g. Basic concept / Basic plan / Implementation plan' } },
      fields: [
        keyField({ unique: false, index: false, admin: {} }),
        text('name', { ja: '名称', en: 'Name' }, { required: true }),
        textarea('description', { ja: '説明', en: 'Description' }),
        {
          name: 'parts',
          type: 'array',
          label: { ja: '構成要素', en: 'Parts' },
          admin: {
            description: {
              ja: '構成要素のキーを決まった名前にすると、その一覧を体系図に表示します: 将来像（vision）、まちづくりの考え方（principles）、まちづくりの目標（goals）、まちづくりの進め方（approaches）、重点プロジェクト（priority-projects）、分野別計画（sectoral-plans）、実施計画（implementation-plans）、総合戦略の基本目標（strategy-goals）。',
              en: 'Well-known keys list their records in the structure chart.',
            },
          },
          fields: [
            keyField({ unique: false, index: false, admin: {} }),
            text('name', { ja: '名称', en: 'Name' }, { required: true }),
            textarea('description', { ja: '説明', en: 'Description' }),
          ],
        },
        {
          name: 'editions',
          type: 'array',
          label: { ja: '期（前期・後期など）', en: 'Editions' },
          labels: { singular: { ja: '期', en: 'Edition' }, plural: { ja: '期', en: 'Editions' } },
          fields: [keyField({ unique: false, index: false, admin: {} }), text('name', { ja: '名称', en: 'Name' }, { required: true }), periodRow()],
        },
      ],
    },
    {
      name: 'gradeScale',
      type: 'array',
      label: { ja: '検証の評価基準', en: 'Verification grading scale' },
      labels: { singular: { ja: '評価', en: 'Grade' }, plural: { ja: '評価基準', en: 'Grading scale' } },
      admin: {
        description: {
          ja: '有識者会議などが KPI の検証で付ける評価（A〜D）の意味。サイトでは評価の横に表示します。',
          en: 'What each grade (A–D) the council gives when verifying KPIs means; shown next to grades on the site.',
        },
      },
      validate: (rows: unknown, { req }: { req: Parameters<typeof say>[0] }) => {
        const grades = ((rows as Array<{ grade?: string }> | null) ?? []).map((r) => r.grade).filter(Boolean)
        const duplicate = grades.find((g, i) => grades.indexOf(g) !== i)
        return duplicate
          ? say(req, {
              ja: `評価基準に「${duplicate}」が重複しています。1つの評価につき1行にしてください。`,
              en: `Grading scale: grade "${duplicate}" appears twice; give one row per grade.`,
            })
          : true
      },
      fields: [
        {
          type: 'row',
          fields: [
            selectField('grade', { ja: '評価', en: 'Grade' }, VERIFICATION_GRADES, null, { required: true }),
            text('label', { ja: '名称', en: 'Label' }, { required: true }),
            { name: 'order', type: 'number', label: { ja: '表示順', en: 'Order' }, required: true, defaultValue: 1, admin: { step: 1 } },
          ],
        },
        textarea('meaning', { ja: '意味', en: 'Meaning' }),
      ],
    },
    easySummaryField(),
    easySummaryField('easyProgress', { ja: '進み具合のやさしい日本語の説明', en: 'Easy Japanese note on progress' }),
    link('predecessor', 'plans', { ja: '前の計画', en: 'Predecessor' }, { admin: { position: 'sidebar' } }),
    orderField,
  ],
})
