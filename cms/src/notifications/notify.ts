import type { PayloadRequest } from 'payload'
import { mailConfigured, storeInOutbox, type OutboxMessage } from './email.ts'

export interface Recipient {
  id: number | string
  email: string
}

/** Everyone who approves (approvers and admins), except `except`. */
export async function approvers(req: PayloadRequest, except?: number | string): Promise<Recipient[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { role: { in: ['approver', 'admin'] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.filter((u) => u.id !== except) as Recipient[]
}

/** Admins, for failures nobody else may be watching. */
export async function admins(req: PayloadRequest): Promise<Recipient[]> {
  const { docs } = await req.payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, pagination: false, depth: 0, overrideAccess: true, req })
  return docs as Recipient[]
}

export async function userById(req: PayloadRequest, id: unknown): Promise<Recipient | null> {
  if (id == null || id === '') return null
  const value = typeof id === 'object' ? (id as { id: number | string }).id : (id as number | string)
  try {
    return (await req.payload.findByID({ collection: 'users', id: value, depth: 0, overrideAccess: true, req })) as Recipient
  } catch {
    return null
  }
}

/**
 * Sends one message to each recipient (once per address). With SMTP the message goes out through Payload's e-mail
 * adapter without holding up the save (a mail server that is down must not undo an approval; the failure is
 * logged); without SMTP it is stored in the outbox inside the request's transaction.
 */
export async function notify(req: PayloadRequest, recipients: Array<Recipient | null>, message: Omit<OutboxMessage, 'to'>) {
  const to = [...new Set(recipients.filter((r): r is Recipient => Boolean(r?.email)).map((r) => r.email))]
  for (const address of to) {
    if (mailConfigured()) {
      req.payload
        .sendEmail({ to: address, subject: message.subject, text: message.text })
        .catch((error: unknown) => req.payload.logger.error({ err: error }, `Could not e-mail ${address}: ${message.subject}`))
    } else {
      await storeInOutbox(req.payload, { to: address, ...message }, req)
    }
  }
}

/** The admin URL of a document, for links in messages. */
export function adminUrl(collection: string, id: number | string): string {
  const base = (process.env.KEIKAKU_CMS_URL || 'http://localhost:3000').replace(/\/$/, '')
  return `${base}/admin/collections/${collection}/${id}`
}
