import { keyProblem } from '@keikaku/content-schemas'
import type { CollectionBeforeChangeHook, CollectionSlug, Field, PayloadRequest, TextField } from 'payload'
import { say } from '../messages.ts'

/** The stable key (slug) that the snapshot and URLs use: database ids never leave the CMS. */
export function keyField(overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'key',
    type: 'text',
    label: { ja: 'キー（URL用の識別子）', en: 'Key (URL identifier)' },
    required: true,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: {
        ja: '半角英小文字・数字・ハイフン（例: goal-1）。公開後に変えると旧URLから転送されます。',
        en: 'Lowercase letters, digits and hyphens (e.g. goal-1). Changing it after publishing redirects the old URL.',
      },
    },
    validate: (value: unknown, { req }: { req: Parameters<typeof say>[0] }) => {
      if (typeof value !== 'string' || value === '') return say(req, { ja: 'キーは必須です。', en: 'Key is required.' })
      const problem = keyProblem(value)
      return problem ? say(req, problem) : true
    },
    ...overrides,
  } as TextField
}

/** Old keys, kept so the site can redirect from them. */
export const formerKeysField: Field = {
  name: 'formerKeys',
  type: 'text',
  hasMany: true,
  label: { ja: '旧キー', en: 'Former keys' },
  admin: { position: 'sidebar', readOnly: true },
}

/** The key residents can reach now: that of the live document, or none when it was never published. */
async function publishedKey(req: PayloadRequest, collection: CollectionSlug, id: unknown): Promise<string | null> {
  if (id == null) return null
  const live = (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as {
    key?: unknown
    _status?: unknown
  } | null
  return live?._status === 'published' && typeof live.key === 'string' ? live.key : null
}

/**
 * Former keys are set by the server only, and only from keys that were published: when a published key is replaced
 * by publishing a new one, the old URL gets a redirect. Keys tried in drafts never were public and are not kept;
 * former keys that are not valid keys (left by older versions) are dropped, so they cannot block a site publish.
 */
export const rememberFormerKey: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  // Trusted server code (seed, import) may bring its own former keys.
  if (!req.user && Array.isArray(data.formerKeys)) return data
  const stored = Array.isArray(originalDoc?.formerKeys) ? (originalDoc.formerKeys as unknown[]) : []
  let former = stored.filter((k): k is string => typeof k === 'string' && keyProblem(k) === null)
  if (data._status === 'published') {
    const previous = await publishedKey(req, collection.slug, originalDoc?.id)
    if (previous && keyProblem(previous) === null) former = [...former, previous]
  }
  const key = data.key ?? originalDoc?.key
  data.formerKeys = [...new Set(former)].filter((k) => k !== key)
  return data
}
