import type { CollectionAfterChangeHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { MESSAGES, type Subject } from '../notifications/messages.ts'
import { adminUrl, approvers, notify, userById } from '../notifications/notify.ts'
import type { ApprovalAction } from './states.ts'

/** Any document of an editorial collection (payload-types' Plan, Kpi, …): what the history needs of it. */
interface EditorialDoc {
  id: number | string
  key?: string | null
}

const label = (value: unknown): string => (typeof value === 'string' ? value : ((value as { ja?: string } | undefined)?.ja ?? ''))

/** The document as messages and the history name it: its kind, title and admin link. */
export function subjectOf(collection: SanitizedCollectionConfig, doc: EditorialDoc): Subject {
  const titleField = collection.admin?.useAsTitle ?? 'title'
  const title = label((doc as unknown as Record<string, unknown>)[titleField]) || doc.key || String(doc.id)
  return { kind: label(collection.labels?.singular) || collection.slug, title, url: adminUrl(collection.slug, doc.id) }
}

export const displayName = (user: { name?: string | null; email?: string } | null | undefined) => user?.name || user?.email || '—'

export async function recordEvent(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  doc: EditorialDoc,
  action: ApprovalAction,
  { actor = req.user?.id, reason }: { actor?: number | string | null; reason?: string | null } = {},
) {
  const subject = subjectOf(collection, doc)
  const now = new Date().toISOString()
  // Written through the database adapter: for this append-only log of the server's own, the create operation's
  // access, hooks, validation and read-back have nothing to do, and a KPI sheet records hundreds at once.
  await req.payload.db.create({
    collection: 'approval-events',
    data: {
      action,
      collectionSlug: collection.slug,
      collectionLabel: subject.kind,
      documentId: String(doc.id),
      documentKey: doc.key ?? null,
      documentTitle: subject.title,
      actor: actor ?? null,
      reason: reason ?? null,
      createdAt: now,
      updatedAt: now,
    },
    req,
    returning: false,
  })
}

/** Who last asked for approval of this document (the person a return or a publish concerns). */
export async function lastSubmitter(req: PayloadRequest, collection: string, id: number | string) {
  const { docs } = await req.payload.find({
    collection: 'approval-events',
    where: { and: [{ collectionSlug: { equals: collection } }, { documentId: { equals: String(id) } }, { action: { equals: 'submitted' } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return userById(req, docs[0]?.actor)
}

/**
 * Request context under which submissions are collected instead of announced one by one: a KPI sheet import
 * submits hundreds of KPIs and tells the approvers once (`announceCollectedSubmissions`).
 */
const COLLECTED = 'collectedSubmissions'

export function collectSubmissions(req: PayloadRequest): void {
  req.context[COLLECTED] = []
}

export async function announceCollectedSubmissions(req: PayloadRequest): Promise<void> {
  const subjects = (req.context[COLLECTED] as Subject[] | undefined) ?? []
  delete req.context[COLLECTED]
  if (subjects.length === 0 || !req.user) return
  const by = displayName(req.user as { name?: string; email?: string })
  const message = subjects.length === 1 ? MESSAGES.submitted(subjects[0], by) : MESSAGES.submittedMany(subjects, by)
  await notify(req, await approvers(req, req.user.id), message)
}

/**
 * Records each step of 起案 → 承認 in `approval-events` and tells the people concerned: a submission goes to the
 * approvers, a return (with its reason) and a publish to the person who submitted. Server code without a user
 * (seed, imports) records nothing.
 */
export const recordApprovalSteps: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (!req.user) return doc
  type WorkflowDoc = EditorialDoc & { _status?: string | null; workflow?: string | null; returnReason?: string | null }
  const before = (previousDoc ?? {}) as Partial<WorkflowDoc>
  const after = doc as WorkflowDoc
  const subject = subjectOf(collection, after)
  const by = displayName(req.user as { name?: string; email?: string })

  if (after._status === 'published') {
    await recordEvent(req, collection, after, 'published')
    const submitter = await lastSubmitter(req, collection.slug, after.id)
    if (submitter && submitter.id !== req.user.id) await notify(req, [submitter], MESSAGES.published(subject, by))
  } else if (after.workflow === 'submitted' && before.workflow !== 'submitted') {
    await recordEvent(req, collection, after, 'submitted')
    const collected = req.context[COLLECTED] as Subject[] | undefined
    if (collected) collected.push(subject)
    else await notify(req, await approvers(req, req.user.id), MESSAGES.submitted(subject, by))
  } else if (after.workflow === 'returned' && before.workflow !== 'returned') {
    const reason = after.returnReason ?? ''
    await recordEvent(req, collection, after, 'returned', { reason })
    await notify(req, [await lastSubmitter(req, collection.slug, after.id)], MESSAGES.returned(subject, by, reason))
  }
  return doc
}
