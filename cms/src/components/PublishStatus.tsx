import type { Payload } from 'payload'
import { COLLECTION_NAMES } from '@keikaku/content-schemas'

const formatter = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Tokyo' })
const show = (iso: string | null | undefined) => (iso ? formatter.format(new Date(iso)) : '—')

/** The newest change to published content (main tables hold the published version of each document). */
async function latestPublishedChange(payload: Payload): Promise<string | null> {
  const dates = await Promise.all(
    COLLECTION_NAMES.map(async (collection) => {
      const { docs } = await payload.find({
        collection: collection as never,
        where: { _status: { equals: 'published' } },
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        overrideAccess: true,
        select: { updatedAt: true } as never,
      })
      return (docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? null
    }),
  )
  return dates.filter((d): d is string => d !== null).sort().at(-1) ?? null
}

/**
 * Above the publish history: when the live site was built, whether published content is newer than it, and the
 * last failure. A server component, so it needs no client code.
 */
export async function PublishStatus({ payload }: { payload: Payload }) {
  const [{ docs: succeeded }, { docs: latest }, changed] = await Promise.all([
    payload.find({ collection: 'site-publishes', where: { status: { equals: 'succeeded' } }, sort: '-startedAt', limit: 1, depth: 0, overrideAccess: true }),
    payload.find({ collection: 'site-publishes', sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true }),
    latestPublishedChange(payload),
  ])
  const live = succeeded[0] as { startedAt?: string; build?: string } | undefined
  const last = latest[0] as { status?: string; error?: string; createdAt?: string } | undefined
  const stale = !live?.startedAt || (changed !== null && changed > live.startedAt)
  const pending = last?.status === 'queued' || last?.status === 'running'
  return (
    <div role="status" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '12px 16px', margin: '0 0 24px' }}>
      <p style={{ margin: 0 }}>
        公開サイトのビルド / Live build: <strong data-testid="live-build">{live?.build ?? '—'}</strong>（{show(live?.startedAt)}）
        <br />
        最新の公開内容 / Latest published change: {show(changed)}
      </p>
      <p data-testid="publish-freshness" style={{ margin: '8px 0 0', fontWeight: 600, color: stale ? 'var(--theme-error-500)' : 'var(--theme-success-500)' }}>
        {stale
          ? pending
            ? '公開処理の待機中・実行中です。まもなく反映されます / A rebuild is queued or running.'
            : '⚠ 公開サイトは最新の公開内容より古いです / The live site is older than the latest published content.'
          : '公開サイトは最新です / The live site is up to date.'}
      </p>
      {last?.status === 'failed' || last?.status === 'interrupted' ? (
        <p data-testid="publish-error" style={{ margin: '8px 0 0', color: 'var(--theme-error-500)', whiteSpace: 'pre-wrap' }}>
          直近の公開は失敗しました（公開サイトは変更されていません） / The last publish failed (live site unchanged):
          {'\n'}
          {last.error}
        </p>
      ) : null}
    </div>
  )
}
