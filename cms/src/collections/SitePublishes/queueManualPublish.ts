import type { CollectionAfterChangeHook } from 'payload'
import { queueSitePublish } from '../../jobs/queueSitePublish.ts'

/** An admin creating a row here asks for a publish now; rows the job itself writes carry `context.fromJob`. */
export const queueManualPublish: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || req.context.fromJob) return doc
  await queueSitePublish(req, { publishId: doc.id })
  return doc
}
