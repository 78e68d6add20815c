import type { CollectionConfig } from 'payload'
import { signedIn } from '../access/roles.ts'
import { APPROVAL_ACTIONS } from '../workflow/states.ts'
import { keysOf, selectField } from '../fields/select.ts'

/**
 * Who submitted, returned, published or scheduled what, and why: one row per step, written by the server only.
 * A separate collection rather than an array on each document: versions and restores cannot rewrite it, nobody can
 * edit it, and the approver's queue and the history read it across all collections in one query.
 */
export const ApprovalEvents: CollectionConfig = {
  slug: 'approval-events',
  labels: { singular: { ja: '承認の記録', en: 'Approval event' }, plural: { ja: '承認の記録', en: 'Approval events' } },
  admin: {
    group: { ja: '公開', en: 'Publishing' },
    useAsTitle: 'documentTitle',
    defaultColumns: ['createdAt', 'action', 'collectionLabel', 'documentTitle', 'actor', 'reason'],
    description: {
      ja: '承認依頼・差戻し・公開・予約公開の記録です（自動で記録され、変更できません）。',
      en: 'Submissions, returns, publishes and scheduled publishes (recorded automatically; read-only).',
    },
  },
  defaultSort: '-createdAt',
  access: { read: signedIn, create: () => false, update: () => false, delete: () => false },
  fields: [
    selectField('action', { ja: '操作', en: 'Action' }, keysOf(APPROVAL_ACTIONS), APPROVAL_ACTIONS, { required: true, index: true }),
    { name: 'collectionSlug', type: 'text', label: { ja: '種類（内部名）', en: 'Collection' }, required: true, index: true, admin: { hidden: true } },
    { name: 'collectionLabel', type: 'text', label: { ja: '種類', en: 'Kind' } },
    { name: 'documentId', type: 'text', label: { ja: '文書 ID', en: 'Document id' }, required: true, index: true, admin: { hidden: true } },
    { name: 'documentKey', type: 'text', label: { ja: 'キー', en: 'Key' } },
    { name: 'documentTitle', type: 'text', label: { ja: '件名', en: 'Title' } },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { ja: '操作した人', en: 'By' } },
    { name: 'reason', type: 'textarea', label: { ja: '理由・内容', en: 'Reason / details' } },
  ],
}
