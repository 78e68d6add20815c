import type { Field, GlobalConfig } from 'payload'
import { publishers, signedIn } from '../access/roles.ts'
import { sampleFieldsField, sampleSpec } from '../fields/sample.ts'
import { text, textarea } from '../fields/localized.ts'
import { clearSampleFlags } from '../hooks/clearSampleFlags.ts'
import { recordEditor } from '../hooks/recordEditor.ts'
import { easySummaryField, readingsField } from '../fields/easy.ts'
import { requestPublishAfterGlobalChange } from '../hooks/requestSitePublish.ts'
import { municipalityCodeProblem } from '@keikaku/content-schemas'
import { say } from '../messages.ts'

const fields: Field[] = [
  text('cityName', { ja: '自治体名', en: 'City name' }, { required: true }),
  text('siteTitle', { ja: 'サイト名', en: 'Site title' }, { required: true }),
  { name: 'baseUrl', type: 'text', label: { ja: '公開URL', en: 'Base URL' }, required: true },
  {
    name: 'contact',
    type: 'group',
    label: { ja: '問い合わせ先', en: 'Contact' },
    fields: [
      text('department', { ja: '担当部署', en: 'Department' }, { required: true }),
      { name: 'phone', type: 'text', label: { ja: '電話番号', en: 'Phone' } },
      { name: 'email', type: 'email', label: { ja: 'メールアドレス', en: 'Email' } },
      text('address', { ja: '所在地', en: 'Address' }),
    ],
  },
  {
    name: 'openDataLicence',
    type: 'group',
    label: { ja: 'オープンデータのライセンス', en: 'Open-data licence' },
    fields: [
      { name: 'name', type: 'text', label: { ja: '名称', en: 'Name' }, required: true, defaultValue: 'CC BY 4.0' },
      { name: 'url', type: 'text', label: 'URL', required: true, defaultValue: 'https://creativecommons.org/licenses/by/4.0/deed.ja' },
    ],
  },
  {
    name: 'municipalityCode',
    type: 'text',
    label: { ja: '全国地方公共団体コード', en: 'Municipality code' },
    required: true,
    defaultValue: '032093',
    admin: {
      description: {
        ja: '半角数字6桁（例：一関市は032093）。オープンデータのCSVの先頭列になります。',
        en: '6 digits (Ichinoseki: 032093); the first column of every open-data CSV.',
      },
    },
    validate: (value: unknown, { req }: { req: Parameters<typeof say>[0] }) => {
      const problem = municipalityCodeProblem(value)
      return problem ? say(req, problem) : true
    },
  },
  {
    name: 'officialSiteUrl',
    type: 'text',
    label: { ja: '市の公式サイトのURL', en: "City's official website" },
    admin: { description: { ja: 'トップページからリンクします。', en: 'Linked from the home page.' } },
    // A cleared field is no link (null), not an empty URL that the snapshot contract would refuse.
    hooks: { beforeChange: [({ value }) => (value === '' ? null : value)] },
    validate: (value: unknown, { req }: { req: Parameters<typeof say>[0] }) =>
      value === null || value === undefined || value === '' || /^https?:\/\/[^\s]+$/.test(String(value))
        ? true
        : say(req, {
            ja: `市の公式サイトのURLは http:// または https:// で始めてください。入力値：${String(value)}`,
            en: `The official website must start with http:// or https://; got: ${String(value)}`,
          }),
  },
  textarea('englishNotice', { ja: '英語版の注記（参考訳）', en: 'Notice on English pages' }, { required: true }),
  easySummaryField('easySummary', { ja: 'やさしい日本語のトップページ', en: 'Easy Japanese home page' }),
  readingsField,
]

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { ja: 'サイト設定', en: 'Site settings' },
  access: { read: () => true, update: publishers, readVersions: signedIn },
  versions: { max: 50 },
  hooks: { beforeChange: [recordEditor, clearSampleFlags(sampleSpec(fields))], afterChange: [requestPublishAfterGlobalChange] },
  fields: [
    ...fields,
    sampleFieldsField(fields),
    {
      name: 'updatedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { ja: '最終更新者', en: 'Last changed by' },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
