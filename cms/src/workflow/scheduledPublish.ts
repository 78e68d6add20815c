import { createLocalReq, type CollectionSlug, type PayloadRequest, type SanitizedConfig, type TaskConfig } from 'payload'
import type { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { canPublish } from '../access/roles.ts'
import { say } from '../messages.ts'
import { MESSAGES } from '../notifications/messages.ts'
import { admins, notify, userById } from '../notifications/notify.ts'
import { formatAdminDate } from '../i18n/dates.ts'
import { recordEvent, subjectOf } from './approvalEvents.ts'

/** Payload's own `schedule-publish` server function: what the admin calls, and what the check wraps. */
type Handler = typeof schedulePublishHandler
type ScheduleArgs = Parameters<Handler>[0]
type ScheduleResult = { error?: string; message?: string }

/** Refusal shown (and returned by the server function) when someone who may not publish tries to schedule. */
export const onlyApproversSchedule = (req: PayloadRequest) =>
  say(req, {
    ja: '公開を予約できません: 公開・非公開の予約は承認者のみが行えます。「承認状況」を「承認依頼中」にして下書き保存してください。',
    en: 'Cannot schedule: only approvers schedule publishing. Set "Approval" to "Submitted" and save a draft.',
  })

/**
 * The admin's `schedule-publish` server function, checked when the publish is scheduled: only approvers and admins
 * may, and the step is recorded in the document's approval history.
 */
export function checkedSchedulePublish(handler: Handler): (args: ScheduleArgs) => Promise<ScheduleResult | undefined> {
  return async (args) => {
    const { req } = args
    if (!canPublish(req)) return { error: onlyApproversSchedule(req) }
    const result = (await handler(args)) as ScheduleResult | undefined
    if (!result?.error && args.doc && args.date && !args.deleteID) {
      const collection = req.payload.collections[args.doc.relationTo]?.config
      if (collection) {
        const doc = await req.payload.findByID({ collection: collection.slug, id: args.doc.value, draft: true, depth: 0, overrideAccess: true })
        const when = formatAdminDate(new Date(args.date).toISOString())
        await recordEvent(req, collection, doc, 'scheduled', {
          reason: `${args.type === 'unpublish' ? '非公開' : '公開'}: ${when}`,
        })
      }
    }
    return result
  }
}

interface ScheduleInput {
  doc?: { relationTo: string; value: string }
  user?: { relationTo: string; value: number | string } | number | string | null
  type?: string
}

/**
 * A scheduled publish that fails (an incomplete draft, a role changed since) is recorded in the document's history,
 * shown on the dashboard, and sent to the person who scheduled it and to the admins; then the job fails as before.
 */
async function reportFailure(req: PayloadRequest, input: ScheduleInput, error: Error, scheduledFor?: string) {
  const { payload } = req
  const target = input.doc
  const collection = target ? payload.collections[target.relationTo as CollectionSlug]?.config : undefined
  if (!target || !collection) return
  const scheduler = typeof input.user === 'object' && input.user ? input.user.value : input.user
  const doc = await payload.findByID({ collection: collection.slug, id: target.value, draft: true, depth: 0, overrideAccess: true })
  const reason = error.message
  // Without `req`: the failed update rolled its own transaction back; this record must stay.
  const fresh = await createLocalReq({}, payload)
  await recordEvent(fresh, collection, doc, 'scheduleFailed', { actor: scheduler ?? null, reason })
  const message = MESSAGES.scheduleFailed(subjectOf(collection, doc), formatAdminDate(scheduledFor ?? new Date().toISOString()), reason)
  await notify(fresh, [await userById(fresh, scheduler), ...(await admins(fresh))], message)
}

/** Wraps Payload's built-in `schedulePublish` task so that its failures are reported (see reportFailure). */
export function withScheduledPublishReports(config: SanitizedConfig): SanitizedConfig {
  const task = config.jobs?.tasks?.find((t) => t.slug === 'schedulePublish') as TaskConfig | undefined
  if (task && typeof task.handler === 'function') {
    const run = task.handler
    task.handler = (async (args: Parameters<typeof run>[0]) => {
      try {
        return await run(args)
      } catch (error) {
        const job = (args as unknown as { job?: { waitUntil?: string } }).job
        try {
          await reportFailure(args.req, args.input as ScheduleInput, error as Error, job?.waitUntil)
        } catch (reportError) {
          args.req.payload.logger.error({ err: reportError }, 'Could not report a failed scheduled publish')
        }
        throw error
      }
    }) as typeof run
  }
  return config
}
