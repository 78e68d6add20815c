import type { Access, CollectionConfig, Field } from 'payload'
import { canEdit, canPublish, editors, publishedOrSignedIn, publishers } from '../access/roles.ts'
import { editorialSidebarFields } from '../fields/editorial.ts'
import { formerKeysField, keyField, rememberFormerKey } from '../fields/key.ts'
import { sampleFieldsField, sampleSpec } from '../fields/sample.ts'
import { clearSampleFlags } from '../hooks/clearSampleFlags.ts'
import { enforceWorkflow, refuseLiveWritesByEditors } from '../hooks/enforceWorkflow.ts'
import { recordEditor } from '../hooks/recordEditor.ts'
import { requestPublishAfterChange, requestPublishAfterDelete } from '../hooks/requestSitePublish.ts'
import { withArrayRowLabels } from '../fields/arrayLabels.ts'
import { recordApprovalSteps } from '../workflow/approvalEvents.ts'

/**
 * Editors may change drafts; publishing is for approvers. The admin asks this with `_status: 'published'` to decide
 * whether to offer 公開 and 公開を予約, so editors are not shown buttons that would only be refused.
 */
export const editorsDraftApproversPublish: Access = ({ req, data }) =>
  canEdit(req) && ((data as { _status?: string } | undefined)?._status !== 'published' || canPublish(req))

/** The list columns every editorial collection shows after its own: approval state and the reason for a return. */
function withWorkflowColumns(columns: string[]): string[] {
  const own = columns.filter((c) => c !== '_status' && c !== 'updatedAt')
  return [...own, 'workflow', 'returnReason', '_status', 'updatedAt']
}

type EditorialOptions = Omit<CollectionConfig, 'fields'> & { fields: Field[] }

/**
 * Everything a plan collection shares: a stable key, drafts with version history, who changed what,
 * the approval workflow, and read access that shows anonymous readers published documents only.
 */
export function editorialCollection({ fields, hooks, admin, ...config }: EditorialOptions): CollectionConfig {
  const uploadedFile = config.upload ? [{ path: 'file', label: { ja: 'ファイル', en: 'File' } }] : []
  return {
    // A record reached through a link carries what a reader needs to name and find it, not its whole content:
    // populating whole plans, goals and meetings into every KPI was most of the cost of an API read under load.
    defaultPopulate: { key: true, [admin?.useAsTitle ?? 'title']: true, ...config.defaultPopulate },
    ...config,
    admin: {
      useAsTitle: 'title',
      // The site's own rendering of the latest draft (see preview/endpoint.ts).
      preview: (doc, { locale }) => `/api/preview/${config.slug}/${doc.id}?locale=${locale}`,
      ...admin,
      defaultColumns: withWorkflowColumns(admin?.defaultColumns ?? ['title', 'key']),
      components: { ...admin?.components, edit: { PreviewButton: '/components/PreviewButton.tsx#PreviewButton', ...admin?.components?.edit } },
    },
    access: {
      read: publishedOrSignedIn,
      create: editors,
      update: editorsDraftApproversPublish,
      delete: publishers,
      readVersions: editors,
      ...config.access,
    },
    // Drafts are validated too; required fields may stay empty until a draft is submitted (fields/rules.ts).
    versions: { drafts: { schedulePublish: true, validate: true }, maxPerDoc: 100 },
    hooks: {
      ...hooks,
      beforeOperation: [refuseLiveWritesByEditors, ...(hooks?.beforeOperation ?? [])],
      // recordEditor first: it resets attribution that only the server sets, then enforceWorkflow stamps the approver.
      beforeChange: [recordEditor, enforceWorkflow, rememberFormerKey, clearSampleFlags(sampleSpec(fields)), ...(hooks?.beforeChange ?? [])],
      afterChange: [...(hooks?.afterChange ?? []), recordApprovalSteps, requestPublishAfterChange],
      afterDelete: [...(hooks?.afterDelete ?? []), requestPublishAfterDelete],
    },
    fields: withArrayRowLabels([keyField(), ...fields, formerKeysField, ...editorialSidebarFields, sampleFieldsField(fields, uploadedFile)]),
  }
}
