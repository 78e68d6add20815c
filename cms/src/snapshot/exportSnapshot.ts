import path from 'node:path'
import { COLLECTION_NAMES, settings as settingsSchema, validateSnapshot, type CollectionName, type Snapshot } from '@keikaku/content-schemas'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Payload, Where } from 'payload'
import { fromDocument, fromDocumentWith } from './fromDocument.ts'

type Doc = Record<string, unknown> & { id: string | number; key?: string }

/** Everything of a collection as stored (published and drafts), to map ids to keys. */
async function findAll(payload: Payload, collection: CollectionName, where?: Where): Promise<Doc[]> {
  const { docs } = await payload.find({
    collection: collection,
    where: where,
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    // Without draft, Payload reads the main table, which holds the last published version of each document.
    draft: false,
  })
  // Sorted by key, so that two exports of the same content are the same files.
  return (docs as unknown as Doc[]).sort((a, b) => String(a.key).localeCompare(String(b.key)))
}

const lexicalToHtml = (state: unknown) =>
  state && typeof state === 'object' ? convertLexicalToHTML({ data: state as SerializedEditorState, disableContainer: true }) : null

/** Collection-specific inputs that are not stored under their snapshot name. */
const prepareStored: Partial<Record<CollectionName, (doc: Doc) => Doc>> = {
  pages: (doc) => {
    const body = (doc.body ?? {}) as { ja?: unknown; en?: unknown }
    return { ...doc, bodyHtml: { ja: lexicalToHtml(body.ja), en: lexicalToHtml(body.en) } }
  },
  media: (doc) => ({
    ...doc,
    kind: String(doc.mimeType).startsWith('image/') ? 'image' : 'document',
    path: doc.filename,
  }),
}

/**
 * KPIs and implementation-plan projects link a department record; the snapshot carries its name (what the site shows).
 * A KPI whose department's name is a sample says so in its `sampleFields`.
 */
export function withDepartmentNames(departments: Doc[]): Partial<Record<CollectionName, (doc: Doc) => Doc>> {
  const byId = new Map(departments.map((d) => [String(d.id), d as Doc & { name?: unknown; sample?: boolean }]))
  const department = (ref: unknown) => byId.get(String(typeof ref === 'object' && ref !== null ? (ref as { id: unknown }).id : ref))
  return {
    ...prepareStored,
    kpis: (doc) => {
      const linked = department(doc.department)
      const own = ((doc.sampleFields as string[] | null) ?? []).filter((f) => f !== 'department')
      return { ...doc, department: linked?.name ?? null, sampleFields: linked?.sample ? [...own, 'department'] : own }
    },
    'implementation-plans': (doc) => ({
      ...doc,
      projects: ((doc.projects as Doc[] | null) ?? []).map((p) => ({ ...p, department: department(p.department)?.name ?? null })),
    }),
  }
}

/** Every department with its names in both languages (CMS-only records, not part of the snapshot). */
export async function allDepartments(payload: Payload): Promise<Doc[]> {
  const { docs } = await payload.find({ collection: 'departments', locale: 'all', depth: 0, pagination: false, overrideAccess: true })
  return docs as unknown as Doc[]
}

export interface ExportOptions {
  now?: Date
  /** Export this document's latest draft in place of its published version (for previews only). */
  draft?: { collection: CollectionName; id: string | number }
}

export interface ExportResult {
  snapshot: Snapshot
  /** Media files to copy into the snapshot's media folder: absolute source path by snapshot path. */
  mediaFiles: Array<{ source: string; path: string }>
}

/**
 * Reads the published content and returns it as a validated snapshot. Only documents whose status is
 * `published` are taken (a read without the draft flag can still return a never-published draft).
 * Throws SnapshotValidationError naming the document key and field when content breaks the contract.
 */
export async function exportSnapshot(payload: Payload, { now = new Date(), draft }: ExportOptions = {}): Promise<ExportResult> {
  const published: Where = { _status: { equals: 'published' } }
  const docs = Object.fromEntries(
    await Promise.all(
      COLLECTION_NAMES.map(async (name) => [name, await findAll(payload, name, published)] as const),
    ),
  ) as Record<CollectionName, Doc[]>
  if (draft) {
    // A preview: this one document as its latest draft, everything else as published.
    const latest = (await payload.findByID({
      collection: draft.collection,
      id: draft.id,
      draft: true,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
    })) as unknown as Doc
    docs[draft.collection] = [...docs[draft.collection].filter((d) => String(d.id) !== String(draft.id)), latest]
  }

  // Links resolve to the published key; a link to a never-published document gets its draft key, so that
  // validation names it ("refers to unknown plans "next-plan" (not published…)").
  const publishedKeys = new Map(COLLECTION_NAMES.map((name) => [name, new Map(docs[name].map((d) => [String(d.id), d.key ?? null]))]))
  const draftKeys = new Map(
    await Promise.all(
      COLLECTION_NAMES.map(async (name) => {
        const { docs: all } = await payload.find({
          collection: name,
          depth: 0,
          draft: true,
          pagination: false,
          overrideAccess: true,
          select: { key: true },
        })
        return [name, new Map((all as unknown as Doc[]).map((d) => [String(d.id), d.key ?? null]))] as const
      }),
    ),
  )
  const keyOf = (collection: CollectionName, id: unknown) => {
    const ref = String(typeof id === 'object' && id !== null ? (id as { id: unknown }).id : id)
    return publishedKeys.get(collection)?.get(ref) ?? draftKeys.get(collection)?.get(ref) ?? null
  }

  const prepare = withDepartmentNames(await allDepartments(payload))
  const settings = (await payload.findGlobal({ slug: 'site-settings', locale: 'all', depth: 0, overrideAccess: true })) as unknown as Doc
  const settingsRecord = fromDocumentWith(settingsSchema, null, settings, keyOf)

  const snapshot = validateSnapshot({
    meta: { schemaVersion: 1, exportedAt: now.toISOString(), source: 'cms' },
    settings: settingsRecord,
    ...Object.fromEntries(
      COLLECTION_NAMES.map((name) => [name, docs[name].map((doc) => fromDocument(name, (prepare[name] ?? ((d) => d))(doc), keyOf))]),
    ),
  })
  const staticDir = payload.collections.media.config.upload.staticDir ?? ''
  return {
    snapshot,
    mediaFiles: snapshot.media.map((m) => ({ source: path.resolve(staticDir, m.filename), path: m.path })),
  }
}
