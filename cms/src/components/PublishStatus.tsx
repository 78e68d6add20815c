import type { Payload } from 'payload'
import { COLLECTION_NAMES } from '@keikaku/content-schemas'
import { formatAdminDate } from '../i18n/dates.ts'
import { PublishNowButton } from './PublishNowButton.tsx'
import { PUBLISH_STATUS } from './text.ts'
import type { Label } from '@keikaku/content-schemas/common'
import { languageOf } from '@keikaku/content-schemas/language'

/** The newest change to published content (main tables hold the published version of each document). */
async function latestPublishedChange(payload: Payload): Promise<string | null> {
  const dates = await Promise.all(
    COLLECTION_NAMES.map(async (collection) => {
      const { docs } = await payload.find({
        collection: collection,
        where: { _status: { equals: 'published' } },
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        overrideAccess: true,
        select: { updatedAt: true },
      })
      return (docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? null
    }),
  )
  return (
    dates
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null
  )
}

interface Props {
  payload: Payload
  i18n?: { language?: string }
  user?: { role?: string } | null
}

/**
 * Above the dashboard and the publish history: when the live site was built, whether published content is newer
 * than it, the last failure, and (for admins) 今すぐ公開. A server component; only the button runs in the browser.
 */
export async function PublishStatus({ payload, i18n, user }: Props) {
  const language = languageOf(i18n?.language)
  const t = (m: Label) => m[language]
  const [{ docs: liveRows }, { docs: latest }, changed] = await Promise.all([
    // The live site is the newest publish whose pages went live, whether or not its search index and PDFs followed.
    payload.find({
      collection: 'site-publishes',
      where: { or: [{ status: { in: ['succeeded', 'incomplete'] } }, { and: [{ status: { equals: 'running' } }, { liveAt: { exists: true } }] }] },
      sort: '-startedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({ collection: 'site-publishes', sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true }),
    latestPublishedChange(payload),
  ])
  const live = liveRows[0] as { startedAt?: string; build?: string } | undefined
  const last = latest[0] as { status?: string; error?: string; createdAt?: string; liveAt?: string | null } | undefined
  const stale = !live?.startedAt || (changed !== null && changed > live.startedAt)
  const pending = last?.status === 'queued' || last?.status === 'running'
  const finishing = last?.status === 'running' && Boolean(last.liveAt)
  // Finishing is news, not a warning: the new pages are live, the search index and PDFs follow.
  const freshness = finishing
    ? { text: PUBLISH_STATUS.finishing, color: 'var(--theme-text)' }
    : stale
      ? { text: pending ? PUBLISH_STATUS.pending : PUBLISH_STATUS.stale, color: 'var(--theme-error-500)' }
      : { text: PUBLISH_STATUS.upToDate, color: 'var(--theme-success-500)' }
  return (
    <div role="status" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '12px 16px', margin: '0 0 24px' }}>
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <p style={{ margin: 0 }}>
          {t(PUBLISH_STATUS.liveBuild)}: <strong>{formatAdminDate(live?.startedAt, language)}</strong>
          <span data-testid="live-build" style={{ color: 'var(--theme-elevation-500)', fontSize: '0.85em' }}>
            {' '}
            （{live?.build ?? '—'}）
          </span>
          <br />
          {t(PUBLISH_STATUS.latestChange)}: {formatAdminDate(changed, language)}
        </p>
        {user?.role === 'admin' ? <PublishNowButton /> : null}
      </div>
      <p data-testid="publish-freshness" style={{ margin: '8px 0 0', fontWeight: 600, color: freshness.color }}>
        {t(freshness.text)}
      </p>
      {last?.status === 'failed' || last?.status === 'interrupted' || last?.status === 'incomplete' ? (
        <p data-testid="publish-error" style={{ margin: '8px 0 0', color: 'var(--theme-error-500)', whiteSpace: 'pre-wrap' }}>
          {t(last.status === 'incomplete' ? PUBLISH_STATUS.lastIncomplete : PUBLISH_STATUS.lastFailed)}
          {'\n'}
          {last.error}
        </p>
      ) : null}
    </div>
  )
}
