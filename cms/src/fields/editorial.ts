import type { Field } from 'payload'

/** 起案 → 承認 state, shown in the sidebar. */
export const workflowField: Field = {
  name: 'workflow',
  type: 'select',
  label: { ja: '承認状況', en: 'Approval' },
  defaultValue: 'draft',
  options: [
    { value: 'draft', label: { ja: '起案中', en: 'Drafting' } },
    { value: 'submitted', label: { ja: '承認依頼中', en: 'Submitted for approval' } },
    { value: 'returned', label: { ja: '差戻し', en: 'Returned' } },
    { value: 'approved', label: { ja: '承認済み（公開）', en: 'Approved (published)' } },
  ],
  admin: {
    position: 'sidebar',
    description: {
      ja: '編集者は「承認依頼中」にして保存します。承認者が内容を確認して公開します。',
      en: 'Editors set "Submitted" and save; an approver reviews and publishes.',
    },
  },
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
  userStamp('createdBy', '作成者', 'Created by'),
  userStamp('updatedBy', '最終更新者', 'Last changed by'),
  userStamp('approvedBy', '承認者', 'Approved by'),
]
