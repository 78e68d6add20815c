import type { CollectionConfig } from 'payload'
import { admins, signedIn } from '../../access/roles.ts'
import { queueManualPublish } from './queueManualPublish.ts'
import { keysOf, selectField } from '../../fields/select.ts'

export const PUBLISH_STATUSES = {
  queued: { ja: '待機中', en: 'Queued' },
  running: { ja: '公開処理中', en: 'Running' },
  succeeded: { ja: '成功', en: 'Succeeded' },
  failed: { ja: '失敗（公開サイトは変更なし）', en: 'Failed (live site unchanged)' },
  incomplete: {
    ja: '一部未完了（ページは公開済み、検索索引・PDFは前の版のまま）',
    en: 'Partly done (pages live; search index and PDFs still the previous ones)',
  },
  interrupted: { ja: '中断（公開サイトは変更なし）', en: 'Interrupted (live site unchanged)' },
  superseded: { ja: '後の公開にまとめられました', en: 'Merged into a later publish' },
} as const

/**
 * Every rebuild of the public site: when, who triggered it and why, the result, how long it took and, on failure,
 * the error. Rows are written by the publish job; admins may add one to publish the site now.
 */
export const SitePublishes: CollectionConfig = {
  slug: 'site-publishes',
  labels: { singular: { ja: 'サイト公開', en: 'Site publish' }, plural: { ja: 'サイト公開の履歴', en: 'Site publishes' } },
  admin: {
    group: { ja: '公開', en: 'Publishing' },
    useAsTitle: 'reason',
    defaultColumns: ['createdAt', 'status', 'reason', 'requestedBy', 'durationSeconds', 'build'],
    description: {
      ja: '公開・非公開・削除のたびにサイトを再構築します。管理者は上の「今すぐ公開」で再構築できます。',
      en: 'The site is rebuilt after every publish, unpublish or delete. Admins can rebuild with "Publish now" above.',
    },
    components: { beforeList: ['/components/PublishStatus.tsx#PublishStatus'] },
  },
  defaultSort: '-createdAt',
  access: { read: signedIn, create: admins, update: () => false, delete: () => false },
  hooks: {
    beforeChange: [({ data, operation, req }) => (operation === 'create' ? { ...data, status: 'queued', requestedBy: req.user?.id ?? null } : data)],
    afterChange: [queueManualPublish],
  },
  fields: [
    {
      name: 'reason',
      type: 'text',
      label: { ja: 'きっかけ', en: 'Reason' },
      defaultValue: '管理者による手動公開',
    },
    selectField('status', { ja: '結果', en: 'Result' }, keysOf(PUBLISH_STATUSES), PUBLISH_STATUSES, { defaultValue: 'queued', admin: { readOnly: true } }),
    { name: 'requestedBy', type: 'relationship', relationTo: 'users', label: { ja: '実行者', en: 'Requested by' }, admin: { readOnly: true } },
    { name: 'startedAt', type: 'date', label: { ja: '開始', en: 'Started' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'liveAt',
      type: 'date',
      label: { ja: 'サイトに反映', en: 'Live at' },
      admin: {
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          ja: '新しいページが公開された時刻。検索索引と変わったPDFはその後に作られ、「終了」で揃います。',
          en: 'When the new pages went live; the search index and changed PDFs follow, complete at "Finished".',
        },
      },
    },
    { name: 'finishedAt', type: 'date', label: { ja: '終了', en: 'Finished' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationSeconds', type: 'number', label: { ja: '所要時間（秒）', en: 'Duration (s)' }, admin: { readOnly: true } },
    { name: 'build', type: 'text', label: { ja: 'ビルド', en: 'Build' }, admin: { readOnly: true } },
    { name: 'error', type: 'textarea', label: { ja: 'エラー', en: 'Error' }, admin: { readOnly: true } },
  ],
}
