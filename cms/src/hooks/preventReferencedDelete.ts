import { APIError, type CollectionBeforeDeleteHook, type CollectionConfig, type CollectionSlug, type Field } from 'payload'
import { say } from '../messages.ts'

interface Reference {
  collection: CollectionSlug
  path: string
}

/** Every relationship or upload field path in a field tree, with the collections it points at. */
function referencePaths(fields: Field[], prefix = ''): Array<{ path: string; targets: string[] }> {
  return fields.flatMap((field) => {
    if ('fields' in field && (field.type === 'row' || field.type === 'collapsible')) {
      return referencePaths(field.fields, prefix)
    }
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => referencePaths(tab.fields, prefix))
    if (!('name' in field)) return []
    const path = `${prefix}${field.name}`
    if (field.type === 'group' || field.type === 'array') return referencePaths(field.fields, `${path}.`)
    if (field.type === 'relationship' || field.type === 'upload') {
      const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      return [{ path, targets }]
    }
    return []
  })
}

function preventDeleteWhenReferenced(references: Reference[]): CollectionBeforeDeleteHook {
  return async ({ req, id }) => {
    // Both the published documents and the latest drafts count: either would be left with a dangling link.
    for (const [{ collection, path }, draft] of references.flatMap(
      (r) =>
        [
          [r, false],
          [r, true],
        ] as const,
    )) {
      const { docs, totalDocs } = (await req.payload.find({
        collection: collection,
        where: { [path]: { equals: id } },
        limit: 3,
        depth: 0,
        draft,
        overrideAccess: true,
        req,
      })) as unknown as { docs: Array<{ id: string | number; key?: string }>; totalDocs: number }
      if (totalDocs > 0) {
        const names = docs.map((d) => `${d.key ?? d.id}`).join('、')
        throw new APIError(
          say(req, {
            ja: `削除できません: ${collection} の ${names}${totalDocs > 3 ? ' ほか' : ''}（項目「${path}」）がこのレコードを参照しています。先に参照を外してください。`,
            en: `Cannot delete: ${collection} ${names}${totalDocs > 3 ? ' and others' : ''} (field "${path}") still refer to this record. Remove those links first.`,
          }),
          409,
          { collection, path, keys: docs.map((d) => d.key) },
          true,
        )
      }
    }
  }
}

/** Adds to each collection a guard that refuses deleting a document that others still link to. */
export function withReferentialIntegrity(collections: CollectionConfig[]): CollectionConfig[] {
  const incoming = new Map<string, Reference[]>()
  for (const source of collections) {
    for (const { path, targets } of referencePaths(source.fields)) {
      // Stamps of who changed what are history, not content links.
      if (['createdBy', 'updatedBy', 'approvedBy'].includes(path)) continue
      for (const target of targets) {
        incoming.set(target, [...(incoming.get(target) ?? []), { collection: source.slug as CollectionSlug, path }])
      }
    }
  }
  return collections.map((collection) => {
    const references = incoming.get(collection.slug)
    if (!references) return collection
    return {
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeDelete: [preventDeleteWhenReferenced(references), ...(collection.hooks?.beforeDelete ?? [])],
      },
    }
  })
}
