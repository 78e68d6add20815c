import type { Payload } from 'payload'
import { formatAdminDate } from '../i18n/dates.ts'
import { APPROVAL_ACTIONS, type ApprovalAction } from '../workflow/states.ts'
import { HISTORY } from './text.ts'
import type { Label } from '@keikaku/content-schemas/common'
import { languageOf } from '@keikaku/content-schemas/language'

interface Props {
  payload: Payload
  collectionSlug?: string
  id?: number | string
  i18n?: { language?: string }
}

/** In the document's sidebar: who submitted, returned, published or scheduled it, and why, newest first. */
export async function ApprovalHistory({ payload, collectionSlug, id, i18n }: Props) {
  const language = languageOf(i18n?.language)
  const t = (m: Label) => m[language]
  if (!collectionSlug || id == null) return null
  const { docs } = await payload.find({
    collection: 'approval-events',
    where: { and: [{ collectionSlug: { equals: collectionSlug } }, { documentId: { equals: String(id) } }] },
    sort: '-createdAt',
    limit: 20,
    depth: 1,
    overrideAccess: true,
  })
  const events = docs as Array<{
    id: number
    action: ApprovalAction
    createdAt: string
    reason?: string | null
    actor?: { name?: string; email?: string } | null
  }>
  return (
    <div className="field-type" data-testid="approval-history" style={{ marginBottom: 24 }}>
      <label className="field-label">{t(HISTORY.heading)}</label>
      {events.length === 0 ? (
        <p style={{ margin: 0, color: 'var(--theme-elevation-500)' }}>{t(HISTORY.empty)}</p>
      ) : (
        <ol style={{ margin: 0, paddingLeft: '1.2em' }}>
          {events.map((e) => (
            <li key={e.id} style={{ marginBottom: 6 }}>
              <strong>{t(APPROVAL_ACTIONS[e.action])}</strong>（{e.actor?.name || e.actor?.email || '—'}、{formatAdminDate(e.createdAt, language)}）
              {e.reason ? <div style={{ whiteSpace: 'pre-wrap' }}>{e.reason}</div> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
