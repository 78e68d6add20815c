import {
  APIError,
  beforeChangeTraverseFields,
  beforeValidateTraverseFields,
  deepCopyObjectSimple,
  enforceMaxVersions,
  executeAccess,
  ValidationError,
  type CollectionSlug,
  type JsonObject,
  type PayloadRequest,
  type ValidationFieldError,
  type Where,
} from 'payload'
import { DRAFT_SAVE } from '../hooks/requestSitePublish.ts'

export interface Draft {
  /** The document as `readDrafts` read it. */
  original: JsonObject
  /** What a form would send for it, in the request's locale. */
  data: JsonObject
}

const LOCKS = 'payload-locked-documents'

/**
 * The documents as Payload's update operation and its hooks see them before a draft save (`originalDoc`): the
 * latest version, in the request's locale, depth 0, hidden fields included. Read once for all the drafts.
 */
export async function readDrafts<TSlug extends CollectionSlug>(req: PayloadRequest, collectionSlug: TSlug, where: Where) {
  const { docs } = await req.payload.find({
    collection: collectionSlug,
    where,
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  return docs
}

/**
 * Saves drafts of many documents of one collection as `payload.update({ id, data, draft: true, req })` saves each,
 * with the reads done once for all of them instead of three times per document.
 *
 * Why: a department's sheet changes hundreds of KPIs, and Payload's update operation spent ~27 ms on each (a read
 * of the latest version, the new version read back, a read for the version limit, a lock delete, each one a large
 * relational query). Per document this runs what that operation runs, in its order and with Payload's own field
 * traversal: field beforeValidate, the collection's beforeValidate and beforeChange hooks, field beforeChange with
 * validation (which also merges the locale into the stored locales and gives new array rows their ids), the version
 * write (`db.createVersion`, as `saveVersion` writes it), the version limit, and the afterChange hooks (told in their
 * context that this was a draft save, `DRAFT_SAVE`, which the operation cannot tell them). The update
 * access rule is evaluated for each document, and documents it does not allow are refused. Left out: beforeOperation
 * hooks (they concern live writes and restores) and afterRead (the caller gets no documents back). A test holds the
 * versions written here equal to those that `payload.update` writes (cms/test/kpi-sheets.test.ts).
 */
export async function saveDrafts(req: PayloadRequest, collectionSlug: CollectionSlug, drafts: Draft[]): Promise<void> {
  const { payload } = req
  const collection = payload.collections[collectionSlug].config
  if (!collection.versions?.drafts) throw new Error(`saveDrafts: ${collectionSlug} has no drafts`)
  const ids = drafts.map((d) => d.original.id as number | string)
  if (ids.length === 0) return

  // Access as the operation checks it for each document: false refuses, a query must match the document.
  const queries = new Map<string, Where>()
  for (const { data, original } of drafts) {
    const access = await executeAccess({ id: original.id as number | string, req, data: { ...data, _status: 'draft' } }, collection.access.update)
    if (typeof access === 'object') queries.set(JSON.stringify(access), access)
  }
  if (queries.size > 0) {
    const { docs } = await payload.find({
      collection: collectionSlug,
      where: { and: [{ id: { in: ids } }, ...queries.values()] },
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: {},
      req,
    })
    const allowed = new Set(docs.map((d) => String(d.id)))
    const refused = ids.filter((id) => !allowed.has(String(id)))
    if (refused.length > 0) throw new APIError(`${req.t('error:unauthorized')}: ${refused.join(', ')}`, 403, null, true)
  }

  // The latest versions with every locale, as the operation's `docWithLocales`.
  const { docs: versions } = await payload.db.findVersions({
    collection: collectionSlug,
    where: { and: [{ parent: { in: ids } }, { latest: { equals: true } }] },
    pagination: false,
    sort: '-updatedAt',
    req,
  })
  const withLocalesById = new Map<string, JsonObject>()
  for (const v of versions) if (!withLocalesById.has(String(v.parent))) withLocalesById.set(String(v.parent), { ...v.version, id: v.parent })

  // As the Local API's update does (overrideLock): a save releases the documents' edit locks.
  if (collection.lockDocuments !== false && payload.collections[LOCKS]) {
    await payload.db.deleteMany({
      collection: LOCKS,
      where: { and: [{ 'document.relationTo': { equals: collectionSlug } }, { 'document.value': { in: ids } }] },
      req: payload.db.name === 'mongoose' ? undefined : req,
    })
  }

  const max = typeof collection.versions.maxPerDoc === 'number' ? collection.versions.maxPerDoc : 100
  const context = req.context
  for (const draft of drafts) {
    const originalDoc = draft.original
    const id = originalDoc.id as number | string
    const docWithLocales = withLocalesById.get(String(id)) ?? originalDoc
    let data: JsonObject = deepCopyObjectSimple({ ...draft.data, _status: 'draft' })
    // Both field traversals start at the document's root, as the operation starts them.
    const root = {
      id,
      collection,
      context,
      doc: originalDoc,
      fields: collection.fields,
      global: null,
      operation: 'update',
      overrideAccess: false,
      parentIndexPath: '',
      parentIsLocalized: false,
      parentPath: '',
      parentSchemaPath: '',
      req,
      siblingDoc: originalDoc,
    } as const

    await beforeValidateTraverseFields({ ...root, data, docForHooks: originalDoc, siblingData: data })
    for (const hook of collection.hooks.beforeValidate ?? []) {
      data = (await hook({ collection, context, data, operation: 'update', originalDoc, req })) || data
    }
    for (const hook of collection.hooks.beforeChange ?? []) {
      data = (await hook({ collection, context, data, operation: 'update', originalDoc, req })) || data
    }

    const result: JsonObject = deepCopyObjectSimple({ ...data, id })
    const errors: ValidationFieldError[] = []
    const mergeLocaleActions: (() => Promise<void> | void)[] = []
    await beforeChangeTraverseFields({
      ...root,
      data: result,
      docWithLocales,
      errors,
      fieldLabelPath: '',
      mergeLocaleActions,
      siblingData: result,
      siblingDocWithLocales: docWithLocales,
    })
    if (errors.length > 0) throw new ValidationError({ id, collection: collectionSlug, errors, req }, req.t)
    for (const action of mergeLocaleActions) await action()

    const now = new Date().toISOString()
    const versionData = deepCopyObjectSimple(result)
    if (collection.timestamps) versionData.updatedAt = now
    delete versionData._id
    await payload.db.createVersion({
      autosave: false,
      collectionSlug,
      createdAt: now,
      parent: id,
      req,
      returning: false,
      updatedAt: now,
      versionData,
    })
    // Payload's limit reads the (max+1)-th newest version with all its content; a count tells first whether there is one.
    if (max > 0 && (await payload.db.countVersions({ collection: collectionSlug, where: { parent: { equals: id } }, req })).totalDocs > max) {
      await enforceMaxVersions({ id, collection, max, payload, req })
    }

    const doc: JsonObject = { ...originalDoc, ...data, id, updatedAt: now }
    for (const hook of collection.hooks.afterChange ?? []) {
      await hook({ collection, context: { ...context, [DRAFT_SAVE]: true }, data, doc, operation: 'update', previousDoc: originalDoc, req })
    }
  }
}
