import type { Bilingual } from '../messages.ts'

/** 起案 → 承認 states of a document (the `workflow` field). */
export const WORKFLOW_STATES = {
  draft: { ja: '起案中', en: 'Drafting' },
  submitted: { ja: '承認依頼中', en: 'Submitted for approval' },
  returned: { ja: '差戻し', en: 'Returned' },
  approved: { ja: '承認済み（公開）', en: 'Approved (published)' },
} as const satisfies Record<string, Bilingual>
export type WorkflowState = keyof typeof WORKFLOW_STATES

/** What happened to a document, as recorded in `approval-events`. */
export const APPROVAL_ACTIONS = {
  submitted: { ja: '承認依頼', en: 'Submitted' },
  returned: { ja: '差戻し', en: 'Returned' },
  published: { ja: '承認・公開', en: 'Approved and published' },
  unpublished: { ja: '非公開', en: 'Unpublished' },
  scheduled: { ja: '公開を予約', en: 'Publish scheduled' },
  scheduleFailed: { ja: '予約公開の失敗', en: 'Scheduled publish failed' },
} as const satisfies Record<string, Bilingual>
export type ApprovalAction = keyof typeof APPROVAL_ACTIONS
