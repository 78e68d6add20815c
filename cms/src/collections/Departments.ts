import { inLanguage } from '@keikaku/content-schemas/language'
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { admins, signedIn } from '../access/roles.ts'
import { keyField } from '../fields/key.ts'
import { orderField, text } from '../fields/localized.ts'
import { sampleRowField } from '../fields/sample.ts'
import { requestPublishAfterChange, requestPublishAfterDelete } from '../hooks/requestSitePublish.ts'

/** What the admin shows for a department everywhere it is chosen: its name, marked when the name is a sample. */
const SAMPLE_MARK = { ja: '（サンプル）', en: ' (sample)' }

/**
 * The shown title follows the name and the flag. A renamed department is the city's own name: editing the name
 * clears the flag (as for every sample), unless trusted code (the seed, a migration) writes the flag as meant.
 */
const titleAndSample: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const renamed = originalDoc && data.name !== undefined && data.name !== originalDoc.name
  if (renamed && !req.context.keepSampleFlags && data.sample === originalDoc.sample) data.sample = false
  const name = (data.name ?? originalDoc?.name) as unknown
  const sample = (data.sample ?? originalDoc?.sample) as unknown
  if (typeof name === 'string') data.title = sample && name ? `${name}${inLanguage(SAMPLE_MARK, req.locale)}` : name
  return data
}

/** 担当部署: the departments that own KPIs and implementation-plan projects; 部署担当 users belong to them. */
export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: { singular: { ja: '担当部署', en: 'Department' }, plural: { ja: '担当部署', en: 'Departments' } },
  admin: {
    group: { ja: '指標', en: 'Indicators' },
    useAsTitle: 'title',
    defaultColumns: ['name', 'key', 'sample', 'order'],
  },
  defaultSort: 'order',
  // Every signed-in user needs the names (KPI forms, filters); only admins manage the list. Residents see a
  // department only as the name on a published KPI (the snapshot), so the API does not serve it anonymously.
  access: { read: signedIn, create: admins, update: admins, delete: admins },
  hooks: {
    beforeChange: [titleAndSample],
    // The site shows the names on KPI and implementation-plan pages.
    afterChange: [requestPublishAfterChange],
    afterDelete: [requestPublishAfterDelete],
  },
  fields: [
    text('name', { ja: '部署名', en: 'Name' }, { required: true }),
    {
      ...text('title', { ja: '表示名', en: 'Shown as' }),
      admin: { hidden: true },
    },
    keyField({
      admin: {
        position: 'sidebar',
        description: {
          ja: '半角英小文字・数字・ハイフン（例: shoko-rodo）。KPIシートの書き出し（--department）で使います。',
          en: 'Lowercase letters, digits and hyphens (e.g. shoko-rodo). Used to export a KPI sheet (--department).',
        },
      },
    }),
    { ...sampleRowField, label: { ja: 'サンプル（市の部署名ではない）', en: 'Sample (not the city’s own name)' } },
    orderField,
  ],
}
