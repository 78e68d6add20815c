import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'
import { queueSitePublish } from '../jobs/queueSitePublish.ts'

const skip = (req: PayloadRequest) => Boolean(req.context.skipSitePublish)

/**
 * Hook context set by code that knows it saves drafts (kpi-sheets/saveDrafts.ts): Payload's update operation does
 * not tell the hooks whether it saved a draft or unpublished, so otherwise the document has to be read to find out.
 */
export const DRAFT_SAVE = 'draftSave'

const labelOf = (labels: unknown, fallback: string) => (typeof labels === 'string' ? labels : ((labels as { ja?: string } | undefined)?.ja ?? fallback))

/** The history's きっかけ, in Japanese (the publish history is the city's record): 公開: 指標 kanko-kyaku. */
const describe = (action: string, collection: { slug: string; labels?: { singular?: unknown } }, doc: { key?: string; id: unknown }) =>
  `${action}: ${labelOf(collection.labels?.singular, collection.slug)} ${doc.key ?? doc.id}`

/**
 * Publishing, unpublishing or deleting published content rebuilds the site. Saving a draft does not: Payload
 * keeps a draft in the versions table and the published document unchanged.
 */
export const requestPublishAfterChange: CollectionAfterChangeHook = async ({ collection, context, doc, previousDoc, req }) => {
  if (skip(req) || context[DRAFT_SAVE]) return doc
  const versioned = Boolean(collection.versions?.drafts)
  if (!versioned) {
    await queueSitePublish(req, { reason: describe('更新', collection, doc) })
  } else if (doc._status === 'published') {
    await queueSitePublish(req, { reason: describe('公開', collection, doc) })
  } else if (previousDoc?._status === 'published') {
    // A draft save leaves the published document as it was; an unpublish turns it into a draft.
    const stored = await req.payload.findByID({ collection: collection.slug, id: doc.id, depth: 0, overrideAccess: true, req, select: { _status: true } })
    if ((stored as { _status?: string })._status !== 'published') {
      await queueSitePublish(req, { reason: describe('非公開', collection, doc) })
    }
  }
  return doc
}

export const requestPublishAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (skip(req) || (collection.versions?.drafts && doc._status !== 'published')) return doc
  await queueSitePublish(req, { reason: describe('削除', collection, doc) })
  return doc
}

export const requestPublishAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  if (!skip(req)) await queueSitePublish(req, { reason: `更新: ${labelOf(global.label, global.slug)}` })
  return doc
}
