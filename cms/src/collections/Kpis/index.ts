import {
  ACTUAL_STATUS_LABELS,
  ACTUAL_STATUSES,
  KPI_DIRECTION_LABELS,
  KPI_DIRECTIONS,
  KPI_KIND_LABELS,
  KPI_KINDS,
  KPI_VALUE_RANGE,
  COLLECTION_LABELS,
  VERIFICATION_GRADES,
} from '@keikaku/content-schemas'
import type { CollectionConfig, Field } from 'payload'
import { editorialCollection } from '../editorial.ts'
import { fiscalYearField, orderField, text, textarea } from '../../fields/localized.ts'
import { link } from '../../fields/link.ts'
import { departmentField } from '../../fields/department.ts'
import { departmentScopedAccess, keepKpiInOwnDepartments } from '../../access/departments.ts'
import { sampleRowField } from '../../fields/sample.ts'
import { kpiSheetEndpoints } from '../../kpi-sheets/endpoints.ts'
import { uniqueFiscalYears, validateFiscalYearInPlans } from './validateFiscalYear.ts'
import type { Label } from '@keikaku/content-schemas/common'
import { selectField } from '../../fields/select.ts'

const value = (label: Label): Field => ({
  name: 'value',
  type: 'number',
  label,
  required: true,
  min: KPI_VALUE_RANGE.min,
  max: KPI_VALUE_RANGE.max,
})

const yearValue = (name: string, label: Label, allowBefore: boolean): Field => ({
  name,
  type: 'group',
  label,
  fields: [
    {
      type: 'row',
      fields: [
        fiscalYearField(
          'fiscalYear',
          { ja: '年度', en: 'Fiscal year' },
          {
            validate: validateFiscalYearInPlans({ ja: label.ja, en: label.en }, { allowBefore }),
          },
        ),
        value({ ja: '値', en: 'Value' }),
      ],
    },
  ],
})

const ACTUALS = { ja: '実績値', en: 'Actuals' }
const VERIFICATIONS = { ja: '有識者会議による検証', en: 'Expert council verification' }

/** KPIs and 数値目標: baseline, target, yearly actuals and the council's verification; linked to any plan element. */
export const Kpis: CollectionConfig = editorialCollection({
  slug: 'kpis',
  labels: COLLECTION_LABELS.kpis,
  admin: {
    group: { ja: '指標', en: 'Indicators' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'department', 'unit', 'key', '_status'],
    components: { beforeListTable: ['/components/KpiSheetExport.tsx#KpiSheetExport', '/components/KpiSheetImport.tsx#KpiSheetImport'] },
  },
  endpoints: kpiSheetEndpoints,
  access: departmentScopedAccess('department', { create: true }),
  hooks: { beforeChange: [keepKpiInOwnDepartments] },
  defaultSort: 'order',
  fields: [
    text('name', { ja: '指標名', en: 'Name' }, { required: true }),
    selectField('kind', { ja: '種別', en: 'Kind' }, KPI_KINDS, KPI_KIND_LABELS, { required: true, defaultValue: 'kpi' }),
    textarea('definition', { ja: '定義・算出方法', en: 'Definition' }),
    {
      type: 'row',
      fields: [
        text('unit', { ja: '単位', en: 'Unit' }, { required: true }),
        selectField('direction', { ja: '望ましい方向', en: 'Better when' }, KPI_DIRECTIONS, KPI_DIRECTION_LABELS, { required: true, defaultValue: 'higher' }),
      ],
    },
    yearValue('baseline', { ja: '基準値', en: 'Baseline' }, true),
    yearValue('target', { ja: '目標値', en: 'Target' }, false),
    {
      name: 'actuals',
      type: 'array',
      label: ACTUALS,
      labels: { singular: { ja: '実績値', en: 'Actual' }, plural: ACTUALS },
      validate: uniqueFiscalYears(ACTUALS),
      fields: [
        {
          type: 'row',
          fields: [
            fiscalYearField(
              'fiscalYear',
              { ja: '年度', en: 'Fiscal year' },
              {
                validate: validateFiscalYearInPlans({ ja: '実績値', en: 'Actual' }),
              },
            ),
            value({ ja: '値', en: 'Value' }),
            selectField('status', { ja: '区分', en: 'Status' }, ACTUAL_STATUSES, ACTUAL_STATUS_LABELS, { required: true, defaultValue: 'final' }),
          ],
        },
        textarea('note', { ja: '備考', en: 'Note' }),
        text('source', { ja: '出典', en: 'Source' }),
        sampleRowField,
      ],
    },
    {
      name: 'verifications',
      type: 'array',
      label: VERIFICATIONS,
      labels: { singular: { ja: '検証', en: 'Verification' }, plural: VERIFICATIONS },
      validate: uniqueFiscalYears(VERIFICATIONS),
      fields: [
        {
          type: 'row',
          fields: [
            fiscalYearField(
              'fiscalYear',
              { ja: '対象年度', en: 'Fiscal year' },
              {
                validate: validateFiscalYearInPlans({ ja: '検証', en: 'Verification' }),
              },
            ),
            selectField('grade', { ja: '評価', en: 'Grade' }, VERIFICATION_GRADES, null, {
              required: true,
              admin: {
                description: {
                  ja: '各評価の意味は、計画の「検証の評価基準」で定めます（サイトでは評価の横に表示）。',
                  en: "What each grade means is set in the plan's grading scale (shown next to the grade on the site).",
                },
              },
            }),
          ],
        },
        textarea('comment', { ja: '意見', en: 'Comment' }, { required: true }),
        link('body', 'bodies', { ja: '検証した会議体', en: 'Verified by' }, { required: true }),
        link('meeting', 'meetings', { ja: '会議', en: 'Meeting' }),
        sampleRowField,
      ],
    },
    departmentField({ ownOnly: true }),
    link('plans', 'plans', { ja: '計画', en: 'Plans' }, { hasMany: true, required: true, admin: { position: 'sidebar' } }),
    link('goals', 'goals', { ja: 'まちづくりの目標', en: 'Goals' }, { hasMany: true }),
    link('priorityProjects', 'priority-projects', { ja: '重点プロジェクト', en: 'Priority projects' }, { hasMany: true }),
    link('strategyGoals', 'strategy-goals', { ja: '総合戦略の基本目標', en: 'Strategy goals' }, { hasMany: true }),
    link('planItems', 'plan-items', { ja: '分野別計画の項目', en: 'Sectoral plan items' }, { hasMany: true }),
    orderField,
  ],
})
