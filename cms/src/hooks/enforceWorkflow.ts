import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { canPublish } from '../access/roles.ts'
import { APPROVER_STATES } from '../fields/editorial.ts'
import { fieldRefusal, say } from '../messages.ts'

const onlyApproversPublish = (req: PayloadRequest) =>
  new APIError(
    say(req, {
      ja: '公開できません: 公開は承認者のみが行えます。「承認状況」を「承認依頼中」にして下書き保存してください。',
      en: 'Cannot publish: only approvers publish. Set "Approval" to "Submitted" and save a draft.',
    }),
    403,
    null,
    true,
  )

/**
 * 起案 → 承認: only approvers and admins publish or return a draft; an editor saves drafts and submits them.
 * Requests without a user (seed, scheduled publishing, jobs) are trusted server code.
 */
export const enforceWorkflow: CollectionBeforeChangeHook = ({ collection, data, req, originalDoc }) => {
  if (!req.user) return data
  const approver = canPublish(req)
  if (data._status === 'published') {
    if (!approver) throw onlyApproversPublish(req)
    data.workflow = 'approved'
    data.approvedBy = req.user.id
    data.returnReason = null
    return data
  }
  const returning = data.workflow === 'returned' && originalDoc?.workflow !== 'returned'
  if (approver && returning && !String(data.returnReason ?? '').trim()) {
    throw fieldRefusal(req, collection.slug, 'returnReason', {
      ja: '差し戻すときは「差戻しの理由」を書いてください。編集者に表示されます。',
      en: 'Write the "Reason for return" when returning a draft; the editor sees it.',
    })
  }
  // A resubmission starts a new round: the old reason stays in the approval history only.
  if (data.workflow === 'submitted') data.returnReason = null
  if (!approver && APPROVER_STATES.includes(data.workflow)) {
    if (data.workflow !== originalDoc?.workflow) {
      throw new APIError(
        say(req, {
          ja: '承認状況「承認済み」「差戻し」は承認者のみが設定できます。',
          en: 'Only approvers can set Approval to "Approved" or "Returned".',
        }),
        403,
        null,
        true,
      )
    }
    // An editor changing an approved or returned document starts a new draft round.
    data.workflow = 'draft'
  }
  return data
}

/**
 * Saving without the draft flag writes the document that residents see: for an editor that would unpublish it (or
 * restore an old version live). Editors' saves and restores must be drafts.
 */
export const refuseLiveWritesByEditors: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!req.user || canPublish(req) || !['update', 'restoreVersion'].includes(operation)) return args
  const { draft, data } = args as { draft?: boolean; data?: { _status?: string } }
  if (data?._status === 'published') throw onlyApproversPublish(req)
  if (draft !== true) {
    throw new APIError(
      say(req, {
        ja: '保存できません: 編集者の変更は下書きとして保存されます（公開中の内容の変更・非公開化・復元は承認者が行います）。',
        en: 'Cannot save: editors save drafts; changing, unpublishing or restoring live content is for approvers.',
      }),
      403,
      null,
      true,
    )
  }
  return args
}
