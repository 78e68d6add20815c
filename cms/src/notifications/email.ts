import nodemailer, { type SendMailOptions } from 'nodemailer'
import type { EmailAdapter, Payload, PayloadRequest, SendEmailOptions } from 'payload'

/** SMTP settings from the environment (see README, "E-mail"). */
export function smtpSettings(env: NodeJS.ProcessEnv = process.env) {
  const host = env.KEIKAKU_SMTP_HOST
  if (!host) return null
  const port = Number(env.KEIKAKU_SMTP_PORT ?? 587)
  return {
    host,
    port,
    secure: env.KEIKAKU_SMTP_SECURE ? env.KEIKAKU_SMTP_SECURE === 'true' : port === 465,
    auth: env.KEIKAKU_SMTP_USER ? { user: env.KEIKAKU_SMTP_USER, pass: env.KEIKAKU_SMTP_PASS ?? '' } : undefined,
  }
}

export const mailConfigured = () => smtpSettings() !== null

const FROM_ADDRESS = () => process.env.KEIKAKU_MAIL_FROM ?? 'keikaku@localhost'
const FROM_NAME = () => process.env.KEIKAKU_MAIL_FROM_NAME ?? '計画 Keikaku'

export interface OutboxMessage {
  to: string
  subject: string
  text: string
}

const addresses = (to: SendEmailOptions['to']): string =>
  [to]
    .flat(2)
    .map((a) => (typeof a === 'string' ? a : (a as { address?: string } | undefined)?.address))
    .filter(Boolean)
    .join(', ')

/** Stores a message in the outbox; with `req`, inside the request's transaction (it stands or falls with the change). */
export async function storeInOutbox(payload: Payload, message: OutboxMessage, req?: PayloadRequest) {
  await payload.create({ collection: 'outbox', data: message, overrideAccess: true, req })
}

/**
 * Without SMTP, Payload's own e-mails (forgot password) go to the outbox. Payload sends them inside its transaction,
 * and SQLite allows one writer: the message is stored just after, so the sender's transaction is never blocked.
 */
const outboxAdapter: EmailAdapter = ({ payload }) => ({
  name: 'keikaku-outbox',
  defaultFromAddress: FROM_ADDRESS(),
  defaultFromName: FROM_NAME(),
  sendEmail: async (message) => {
    const stored: OutboxMessage = { to: addresses(message.to), subject: String(message.subject ?? ''), text: String(message.text ?? message.html ?? '') }
    setTimeout(() => {
      void (async () => {
        for (let attempt = 1; attempt <= 5; attempt++) {
          try {
            return await storeInOutbox(payload, stored)
          } catch (error) {
            if (attempt === 5) payload.logger.error({ err: error }, `Could not store a message to ${stored.to} in the outbox`)
            await new Promise((r) => setTimeout(r, attempt * 500))
          }
        }
      })()
    }, 50)
    return { stored: true }
  },
})

/**
 * SMTP through nodemailer. (Payload's own @payloadcms/email-nodemailer is this plus a test-account mode, and its
 * newest 3.x release requires payload 3.90.1 exactly, which conflicts with our pinned 3.90.2.)
 */
const smtpAdapter =
  (smtp: NonNullable<ReturnType<typeof smtpSettings>>): EmailAdapter =>
  () => {
    const transport = nodemailer.createTransport(smtp)
    const from = `"${FROM_NAME()}" <${FROM_ADDRESS()}>`
    return {
      name: 'keikaku-smtp',
      defaultFromAddress: FROM_ADDRESS(),
      defaultFromName: FROM_NAME(),
      sendEmail: async (message) => transport.sendMail({ from, ...message } as SendMailOptions),
    }
  }

/** Payload's e-mail adapter: SMTP through nodemailer when configured, otherwise the outbox. */
export function emailAdapter(): EmailAdapter {
  const smtp = smtpSettings()
  return smtp ? smtpAdapter(smtp) : outboxAdapter
}
