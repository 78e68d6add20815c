import { isValidID, validations, type CollectionSlug, type Field, type PayloadRequest, type RelationshipField, type UploadField } from 'payload'
import { say } from '../messages.ts'
import type { Label } from '@keikaku/content-schemas/common'

/** An id the database can hold: SQLite's are positive integers, MongoDB's ObjectIds. */
export function validID(req: PayloadRequest, id: unknown): boolean {
  const type = req.payload.db.defaultIDType
  if (type === 'number') return /^[1-9]\d{0,15}$/.test(String(id))
  return isValidID(String(id), type)
}

const idsOf = (value: unknown): Array<string | number> =>
  (Array.isArray(value) ? value : value == null ? [] : [value])
    .map((v) =>
      typeof v === 'object' && v !== null ? ((v as { id?: string | number; value?: string | number }).value ?? (v as { id: string | number }).id) : v,
    )
    .filter((v): v is string | number => v != null && v !== '')

/** The ids of a collection this request has already seen to exist (kept in the request's context). */
function existingIds(req: PayloadRequest, collection: string): Set<string> {
  const context = (req.context ??= {}) as Record<string, Set<string> | undefined>
  return (context[`existingIds:${collection}`] ??= new Set())
}

/**
 * Payload checks a link's id only when the database refuses it (an opaque SQL error); this names the field
 * and the missing ids instead.
 */
export const validateLinkTargetsExist =
  (label: Label, relationTo: CollectionSlug) =>
  async (value: unknown, options: { req: PayloadRequest } & Record<string, unknown>): Promise<true | string> => {
    const base = await (validations.relationship as (v: unknown, o: unknown) => Promise<true | string> | true | string)(value, options)
    if (base !== true) return base
    const ids = idsOf(value)
    if (ids.length === 0) return true
    // Ids found once in this request are not looked up again: a KPI sheet import saves hundreds of KPIs in one
    // request (one transaction), all linking the same plans and goals.
    const known = existingIds(options.req, relationTo)
    if (ids.every((id) => known.has(String(id)))) return true
    // An id of the wrong shape ("abc" for SQLite) cannot exist: the query would fail as a server error.
    const wellFormed = ids.filter((id) => validID(options.req, id))
    const { docs } =
      wellFormed.length === 0
        ? { docs: [] }
        : ((await options.req.payload.find({
            collection: relationTo,
            where: { id: { in: wellFormed } },
            depth: 0,
            draft: true,
            pagination: false,
            overrideAccess: true,
            req: options.req,
            select: {},
          })) as unknown as { docs: Array<{ id: string | number }> })
    const found = new Set(docs.map((d) => String(d.id)))
    for (const id of found) known.add(id)
    const missing = ids.filter((id) => !found.has(String(id)))
    return missing.length === 0
      ? true
      : say(options.req, {
          ja: `「${label.ja}」に存在しないレコード（ID: ${missing.join('、')}）が指定されています。`,
          en: `"${label.en}" links to records that do not exist (id ${missing.join(', ')}).`,
        })
  }

/** A link to other records (stored by id in the CMS, exported by key). */
export const link = (
  name: string,
  relationTo: CollectionSlug,
  label: Label,
  overrides: { hasMany?: boolean; required?: boolean; admin?: Record<string, unknown> } = {},
): Field =>
  ({
    name,
    type: 'relationship',
    relationTo,
    label,
    // REST and GraphQL readers get linked records, not the records those link to in turn: at Payload's default
    // depth 2, /api/kpis answered 13 times the bytes (every plan and goal with all their links) and was the
    // slowest part of an API read under load.
    maxDepth: 1,
    validate: validateLinkTargetsExist(label, relationTo),
    ...overrides,
  }) as RelationshipField

/** An uploaded file (media) with the same existence check. */
export const uploadLink = (name: string, label: Label, overrides: Partial<UploadField> = {}): Field =>
  ({
    name,
    type: 'upload',
    relationTo: 'media',
    label,
    validate: validateLinkTargetsExist(label, 'media'),
    ...overrides,
  }) as UploadField
