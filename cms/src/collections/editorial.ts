import type { CollectionConfig, Field } from 'payload'
import { editors, publishedOrSignedIn, publishers } from '../access/roles.ts'
import { editorialSidebarFields } from '../fields/editorial.ts'
import { formerKeysField, keyField, rememberFormerKey } from '../fields/key.ts'
import { sampleFieldsField, sampleSpec } from '../fields/sample.ts'
import { clearSampleFlags } from '../hooks/clearSampleFlags.ts'
import { enforceWorkflow, refuseLiveWritesByEditors } from '../hooks/enforceWorkflow.ts'
import { recordEditor } from '../hooks/recordEditor.ts'
import { requestPublishAfterChange, requestPublishAfterDelete } from '../hooks/requestSitePublish.ts'

type EditorialOptions = Omit<CollectionConfig, 'fields'> & { fields: Field[] }

/**
 * Everything a plan collection shares: a stable key, drafts with version history, who changed what,
 * the approval workflow, and read access that shows anonymous readers published documents only.
 */
export function editorialCollection({ fields, hooks, admin, ...config }: EditorialOptions): CollectionConfig {
  const uploadedFile = config.upload ? [{ path: 'file', label: { ja: 'ファイル', en: 'File' } }] : []
  return {
    ...config,
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'key', '_status', 'updatedAt'],
      // The site's own rendering of the latest draft (see preview/endpoint.ts).
      preview: (doc, { locale }) => `/api/preview/${config.slug}/${doc.id}?locale=${locale}`,
      ...admin,
    },
    access: {
      read: publishedOrSignedIn,
      create: editors,
      update: editors,
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
      afterChange: [...(hooks?.afterChange ?? []), requestPublishAfterChange],
      afterDelete: [...(hooks?.afterDelete ?? []), requestPublishAfterDelete],
    },
    fields: [keyField(), ...fields, formerKeysField, ...editorialSidebarFields, sampleFieldsField(fields, uploadedFile)],
  }
}
