import type { Payload } from 'payload'
import { formatAdminDate } from '../i18n/dates.ts'
import { draftsIn, type QueueItem } from '../workflow/queue.ts'
import { QUEUE } from './text.ts'

interface Props {
  payload: Payload
  i18n?: { language?: string }
}

const cell = { padding: '6px 12px 6px 0', textAlign: 'left' as const, verticalAlign: 'top' as const }

function Table({ items, language, withReason }: { items: QueueItem[]; language: 'ja' | 'en'; withReason?: boolean }) {
  const t = (m: { ja: string; en: string }) => m[language]
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

/** The approver's queue on the dashboard: submitted drafts (newest first) and drafts returned to their editors. */
export async function ApprovalQueue({ payload, i18n }: Props) {
  const language = i18n?.language === 'en' ? 'en' : 'ja'
  const t = (m: { ja: string; en: string }) => m[language]
  const [submitted, returned] = await Promise.all([draftsIn(payload, 'submitted', language), draftsIn(payload, 'returned', language)])
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
    </section>
  )
}
