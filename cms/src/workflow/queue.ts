import type { CollectionSlug, Payload } from 'payload'

export interface QueueItem {
  collection: string
  kind: string
  id: number | string
  title: string
  by: string
  at: string
  reason?: string | null
}

const label = (value: unknown): string => (typeof value === 'string' ? value : ((value as { ja?: string; en?: string } | undefined)?.ja ?? ''))

/** Collections that go through 起案 → 承認 (those with the workflow field). */
export function editorialSlugs(payload: Payload): CollectionSlug[] {
  return Object.values(payload.collections)
    .filter(({ config }) => config.fields.some((f) => 'name' in f && f.name === 'workflow'))
    .map(({ config }) => config.slug)
}

/**
 * Latest drafts in a workflow state across all editorial collections, newest step first, each with who took that
 * step and when (from `approval-events`; the draft's own stamp when no event was recorded).
 */
export async function draftsIn(
  payload: Payload,
  state: 'submitted' | 'returned',
  language: 'ja' | 'en' = 'ja',
  limit = 50,
  /** The signed-in user: the queue lists only what their read access shows (a 部署担当, their departments'). */
  user?: Record<string, unknown> | null,
): Promise<QueueItem[]> {
  const access = user ? { overrideAccess: false, user: { collection: 'users', ...user } } : { overrideAccess: true }
  const action = state
  const perCollection = await Promise.all(
    editorialSlugs(payload).map(async (slug) => {
      const { config } = payload.collections[slug]
      const { docs } = await payload.find({
        collection: slug,
        where: { workflow: { equals: state } },
        draft: true,
        sort: '-updatedAt',
        limit,
        depth: 0,
        locale: language,
        ...access,
      })
      return Promise.all(
        // Any editorial collection: its title field is named by its config, so the fields are read by name.
        (docs as unknown as Array<Record<string, unknown> & { id: number | string; updatedAt: string }>).map(async (doc) => {
          const { docs: events } = await payload.find({
            collection: 'approval-events',
            where: { and: [{ collectionSlug: { equals: slug } }, { documentId: { equals: String(doc.id) } }, { action: { equals: action } }] },
            sort: '-createdAt',
            limit: 1,
            depth: 1,
            overrideAccess: true,
          })
          const event = events[0] as { createdAt: string; actor?: { name?: string; email?: string } | null } | undefined
          const actor = event?.actor
          const kindLabel = config.labels?.singular
          return {
            collection: slug,
            kind: typeof kindLabel === 'object' && kindLabel && language in kindLabel ? (kindLabel as Record<string, string>)[language] : label(kindLabel),
            id: doc.id,
            title: label(doc[config.admin?.useAsTitle ?? 'title']) || String(doc.key ?? doc.id),
            by: actor?.name || actor?.email || '—',
            at: event?.createdAt ?? doc.updatedAt,
            reason: (doc.returnReason as string | null | undefined) ?? null,
          }
        }),
      )
    }),
  )
  return perCollection
    .flat()
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, limit)
}
