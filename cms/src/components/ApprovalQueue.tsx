import type { Payload } from 'payload'
import { formatAdminDate } from '../i18n/dates.ts'
import { draftsIn, type QueueItem } from '../workflow/queue.ts'
import { QUEUE } from './text.ts'
import type { Label } from '@keikaku/content-schemas/common'
import { languageOf, type Language } from '@keikaku/content-schemas/language'

interface Props {
  payload: Payload
  i18n?: { language?: string }
  user?: Record<string, unknown> | null
}

const cell = { padding: '6px 12px 6px 0', textAlign: 'left' as const, verticalAlign: 'top' as const }

function Table({ items, language, withReason }: { items: QueueItem[]; language: Language; withReason?: boolean }) {
  const t = (m: Label) => m[language]
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <thead>
        <tr>
          <th style={cell}>{t(QUEUE.kind)}</th>
          <th style={cell}>{t(QUEUE.title)}</th>
          {withReason ? <th style={cell}>{t(QUEUE.reason)}</th> : null}
          <th style={cell}>{t(QUEUE.submittedBy)}</th>
          <th style={cell}>{t(QUEUE.submittedAt)}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.collection}/${item.id}`} style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
            <td style={cell}>{item.kind}</td>
            <td style={cell}>
              <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>
            </td>
            {withReason ? <td style={{ ...cell, whiteSpace: 'pre-wrap' }}>{item.reason}</td> : null}
            <td style={cell}>{item.by}</td>
            <td style={cell}>{formatAdminDate(item.at, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const WEEK_MS = 7 * 24 * 3600 * 1000

/** Scheduled publishes that failed in the last week (they stay in each document's history). */
async function recentScheduleFailures(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'approval-events',
    where: { and: [{ action: { equals: 'scheduleFailed' } }, { createdAt: { greater_than: new Date(Date.now() - WEEK_MS).toISOString() } }] },
    sort: '-createdAt',
    limit: 10,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

/** The approver's queue on the dashboard: submitted drafts (newest first) and drafts returned to their editors. */
export async function ApprovalQueue({ payload, i18n, user }: Props) {
  const language = languageOf(i18n?.language)
  const t = (m: Label) => m[language]
  const [submitted, returned, failures] = await Promise.all([
    draftsIn(payload, 'submitted', language, 50, user),
    draftsIn(payload, 'returned', language, 50, user),
    recentScheduleFailures(payload),
  ])
  return (
    <section data-testid="approval-queue" style={{ margin: '0 0 24px' }}>
      <h2 style={{ margin: '0 0 8px' }}>
        {t(QUEUE.heading)} <span data-testid="approval-queue-count">{submitted.length}</span>
        {t(QUEUE.count)}
      </h2>
      {submitted.length ? <Table items={submitted} language={language} /> : <p>{t(QUEUE.empty)}</p>}
      {returned.length ? (
        <>
          <h3 style={{ margin: '16px 0 8px' }}>
            {t(QUEUE.returnedHeading)}（{returned.length}）
          </h3>
          <Table items={returned} language={language} withReason />
        </>
      ) : null}
      {failures.length ? (
        <div data-testid="schedule-failures">
          <h3 style={{ margin: '16px 0 8px', color: 'var(--theme-error-500)' }}>{t(QUEUE.scheduleFailedHeading)}</h3>
          <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
            {failures.map((f) => (
              <li key={f.id}>
                {formatAdminDate(f.createdAt, language)} <a href={`/admin/collections/${f.collectionSlug}/${f.documentId}`}>{f.documentTitle}</a>（
                {f.collectionLabel}）: {f.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}
