import type { DatabaseAdapterObj } from 'payload'

interface Session {
  id: string
  expiresAt: string | Date
}

/**
 * Payload's login reads the user (with its sessions) before its transaction and then writes the whole list back
 * with the new session added. Two logins of the same account at once both write "what I read + mine", and the
 * second removes the first one's session: that token is then refused with a bare 403. So a write that adds a
 * session re-reads the stored list inside the same transaction (SQLite transactions begin immediately, so
 * writers take turns) and adds the new session to it.
 */
export function withConcurrentLogins<T extends DatabaseAdapterObj>(adapterObj: T, authCollections: string[]): T {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const updateOne = adapter.updateOne.bind(adapter)
      adapter.updateOne = async (update) => {
        const sessions = (update.data as { sessions?: Session[] } | undefined)?.sessions
        const id = update.id ?? (update.where?.id as { equals?: string | number } | undefined)?.equals
        if (!authCollections.includes(update.collection) || !Array.isArray(sessions) || id === undefined) return updateOne(update)
        const current = await adapter.findOne<{ id: number | string; sessions?: Session[] }>({
          collection: update.collection,
          where: { id: { equals: id } },
          req: update.req,
        })
        const stored = current?.sessions ?? []
        const storedIds = new Set(stored.map((s) => s.id))
        const added = sessions.filter((s) => !storedIds.has(s.id))
        // Only additions are merged; a logout or a password change writes its list as it is.
        if (added.length === 0) return updateOne(update)
        const now = Date.now()
        const kept = stored.filter((s) => new Date(s.expiresAt).getTime() > now)
        return updateOne({ ...update, data: { ...update.data, sessions: [...kept, ...added] } })
      }
      return adapter
    },
  }
}
