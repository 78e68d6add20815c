import type { PayloadRequest } from 'payload'

export const PUBLISH_QUEUE = 'publish'

/**
 * Records a publish request and queues the job. Pending jobs are superseded by newer ones (one site, newest
 * content wins), so a burst of edits leads to one rebuild.
 */
/** A row in the publish history for a request (`context.fromJob`: it does not queue again by itself). */
export async function recordPublishRequest(req: PayloadRequest, reason?: string): Promise<string> {
  const doc = await req.payload.create({
    collection: 'site-publishes',
    data: { reason },
    overrideAccess: true,
    context: { fromJob: true },
    req,
  })
  return String(doc.id)
}

export async function queueSitePublish(req: PayloadRequest, { reason, publishId }: { reason?: string; publishId?: number | string }) {
  const id = publishId ?? (await recordPublishRequest(req, reason))
  await req.payload.jobs.queue({ task: 'publishSite', input: { publishId: String(id) }, queue: PUBLISH_QUEUE, req })
}
