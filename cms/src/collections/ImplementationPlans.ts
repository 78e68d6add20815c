import { COLLECTION_LABELS } from '@keikaku/content-schemas'
import type { CollectionConfig } from 'payload'
import { editorialCollection } from './editorial.ts'
import { fiscalYearField, text, textarea } from '../fields/localized.ts'
import { link } from '../fields/link.ts'
import { departmentField } from '../fields/department.ts'
import { departmentScopedAccess, keepProjectsInOwnDepartments } from '../access/departments.ts'
import { keyField } from '../fields/key.ts'
import { periodRow } from '../fields/period.ts'
import { sampleRowField } from '../fields/sample.ts'

/** 実施計画: a rolling three-year plan of projects, re-issued every fiscal year (one record per edition). */
export const ImplementationPlans: CollectionConfig = editorialCollection({
  slug: 'implementation-plans',
  labels: COLLECTION_LABELS['implementation-plans'],
  admin: { group: { ja: '計画', en: 'Plans' }, defaultColumns: ['title', 'fiscalYear', 'key', '_status'] },
  defaultSort: '-fiscalYear',
  access: departmentScopedAccess('projects.department', { create: false }),
  hooks: { beforeChange: [keepProjectsInOwnDepartments] },
  fields: [
    text('title', { ja: '名称', en: 'Title' }, { required: true }),
    fiscalYearField('fiscalYear', { ja: '策定年度', en: 'Issued for fiscal year' }),
    periodRow({ ja: '計画期間（開始）', en: 'First fiscal year' }, { ja: '計画期間（終了）', en: 'Last fiscal year' }),
    textarea('description', { ja: '説明', en: 'Description' }),
    {
      name: 'projects',
      type: 'array',
      label: { ja: '事業', en: 'Projects' },
      fields: [
        keyField({ unique: false, index: false, admin: {} }),
        text('title', { ja: '事業名', en: 'Title' }, { required: true }),
        link('planItem', 'plan-items', { ja: '分野別計画の施策・事業', en: 'Sectoral plan item' }, { required: true }),
        departmentField({ ownOnly: false }),
        {
          name: 'years',
          type: 'array',
          label: { ja: '年度別計画', en: 'Per fiscal year' },
          fields: [
            fiscalYearField('fiscalYear', { ja: '年度', en: 'Fiscal year' }),
            textarea('plan', { ja: '事業内容', en: 'Plan' }),
            {
              name: 'budgetThousandYen',
              type: 'number',
              label: { ja: '事業費（千円）', en: 'Budget (¥1,000)' },
              min: 0,
            },
            sampleRowField,
          ],
        },
        sampleRowField,
      ],
    },
    link('plan', 'plans', { ja: '計画', en: 'Plan' }, { required: true, admin: { position: 'sidebar' } }),
  ],
})
