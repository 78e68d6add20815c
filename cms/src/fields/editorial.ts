import type { Field } from 'payload'
import { canPublish } from '../access/roles.ts'
import { WORKFLOW_STATES } from '../workflow/states.ts'
import { keysOf, selectField } from './select.ts'

/** States only an approver may choose; editors are offered the others (and keep seeing the current one). */
export const APPROVER_STATES: readonly string[] = ['returned', 'approved']

/** 起案 → 承認 state, shown in the sidebar and as a list column. */
export const workflowField: Field = selectField('workflow', { ja: '承認状況', en: 'Approval' }, keysOf(WORKFLOW_STATES), WORKFLOW_STATES, {
  defaultValue: 'draft',
  index: true,
  filterOptions: ({ options, req, data }) =>
    canPublish(req)
      ? options
      : options.filter((o) => {
          const value = typeof o === 'string' ? o : o.value
          return !APPROVER_STATES.includes(value) || value === data?.workflow
        }),
  admin: {
    position: 'sidebar',
    description: {
      ja: '編集者は「承認依頼中」にして下書き保存します。承認者が内容を確認して公開するか、理由を付けて差し戻します。',
      en: 'Editors set "Submitted" and save a draft; an approver reviews and publishes, or returns it with a reason.',
    },
  },
})

/** Why an approver returned the draft: the editor sees it on the document and in the list. */
export const returnReasonField: Field = {
  name: 'returnReason',
  type: 'textarea',
  label: { ja: '差戻しの理由', en: 'Reason for return' },
  admin: {
    position: 'sidebar',
    condition: (data) => data?.workflow === 'returned',
    description: {
      ja: '差し戻すときに承認者が記入します。編集者が直して「承認依頼中」にすると消えます（履歴には残ります）。',
      en: 'Written by the approver when returning; cleared when the editor resubmits (kept in the history).',
    },
  },
}

/** Who submitted, returned and published this document, newest first (from `approval-events`). */
export const approvalHistoryField: Field = {
  name: 'approvalHistory',
  type: 'ui',
  label: { ja: '承認の履歴', en: 'Approval history' },
  admin: { position: 'sidebar', components: { Field: '/components/ApprovalHistory.tsx#ApprovalHistory' } },
}

const userStamp = (name: string, ja: string, en: string): Field => ({
  name,
  type: 'relationship',
  relationTo: 'users',
  label: { ja, en },
  admin: { position: 'sidebar', readOnly: true },
})

export const editorialSidebarFields: Field[] = [
  workflowField,
  returnReasonField,
  approvalHistoryField,
  userStamp('createdBy', '作成者', 'Created by'),
  userStamp('updatedBy', '最終更新者', 'Last changed by'),
  userStamp('approvedBy', '承認者', 'Approved by'),
]
