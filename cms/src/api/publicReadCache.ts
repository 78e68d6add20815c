import type { CollectionConfig, GlobalConfig, Payload, SanitizedConfig } from 'payload'

/**
 * Anonymous REST reads (integrations, open-data users) ask the same few URLs over and over, and every answer is
 * the same for every anonymous reader: the published documents. Under load each read cost several SQLite queries
 * (the record and each linked collection), so 50 concurrent readers queued for seconds. Answers are kept in memory
 * until the next write through Payload (any collection or global), and for at most TTL_MS, which bounds how long a
 * write by another process (the KPI import CLI) can go unseen. Concurrent misses for one URL share one read.
 * Signed-in staff always read the database.
 */
export const TTL_MS = 5_000
const MAX_ENTRIES = 200
const MAX_BYTES = 2 * 1024 * 1024

type Entry = { at: number; generation: number; status: number; headers: [string, string][]; body: ArrayBuffer }
type State = { generation: number; entries: Map<string, Entry>; pending: Map<string, Promise<Entry>> }

// One state per process: Next.js may load this module once for the route and again for the Payload config.
const STATE_KEY = Symbol.for('keikaku.publicReadCache')
const globals = globalThis as unknown as Record<symbol, State | undefined>
const state: State = (globals[STATE_KEY] ??= { generation: 0, entries: new Map(), pending: new Map() })

/** Forgets every kept answer. */
export function invalidatePublicReads(): void {
  state.generation++
  state.entries.clear()
}

/**
 * Hooks run before their transaction commits, so a read in between would keep the old answer under the new
 * generation: forget again once any transaction has committed. Every adapter (SQLite, MongoDB) has this method.
 */
export function invalidateOnCommit(payload: Payload): void {
  invalidatePublicReads()
  const commit = payload.db.commitTransaction.bind(payload.db)
  payload.db.commitTransaction = async (id) => {
    try {
      return await commit(id)
    } finally {
      invalidatePublicReads()
    }
  }
}

const CACHED_HEADERS = ['content-type', 'content-language', 'vary']

function isAnonymous(request: Request): boolean {
  if (request.headers.has('authorization')) return false
  const cookies = request.headers.get('cookie') ?? ''
  return !/(?:^|;\s*)payload-token=/.test(cookies)
}

function keyOf(request: Request, readable: ReadonlySet<string>): string | null {
  const url = new URL(request.url)
  const [first, second, third] = url.pathname.replace(/^\/api\//, '').split('/')
  // Collection lists, single records and globals; not files, custom endpoints or anything with a session.
  const isRecord = readable.has(first) && (second === undefined || (third === undefined && second !== 'me'))
  const isGlobal = first === 'globals' && second !== undefined && third === undefined
  if (!isRecord && !isGlobal) return null
  const language = `${request.headers.get('accept-language') ?? ''}|${/payload-lng=([^;]*)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? ''}`
  return `${url.pathname}${url.search}|${language}`
}

type Handler<C> = (request: Request, context: C) => Promise<Response>

/** The collections whose anonymous answers may be kept: all but users (not even the answers anonymous readers get). */
export const keptCollections = (config: Promise<SanitizedConfig>) =>
  config.then(({ collections }) => collections.map((c) => c.slug).filter((slug) => slug !== 'users'))

/** Wraps Payload's REST GET handler; `collections` are the slugs whose records and lists may be kept. */
export function cachePublicReads<C>(handler: Handler<C>, collections: Promise<Iterable<string>> | Iterable<string>): Handler<C> {
  const slugs = Promise.resolve(collections).then((list) => new Set(list))
  return async (request, context) => {
    const key = isAnonymous(request) ? keyOf(request, await slugs) : null
    if (key === null) return handler(request, context)
    const kept = state.entries.get(key)
    if (kept && kept.generation === state.generation && Date.now() - kept.at < TTL_MS) return respond(kept, 'HIT')
    let pending = state.pending.get(key)
    if (!pending) {
      pending = read(handler, request, context, key).finally(() => state.pending.delete(key))
      state.pending.set(key, pending)
    }
    return respond(await pending, 'MISS')
  }
}

async function read<C>(handler: Handler<C>, request: Request, context: C, key: string): Promise<Entry> {
  const generation = state.generation
  const response = await handler(request, context)
  const type = response.headers.get('content-type') ?? ''
  if (response.status !== 200 || !type.includes('application/json') || response.headers.has('set-cookie')) {
    // Another reader waiting on this read gets its own answer from Payload.
    return { at: 0, generation: -1, status: response.status, headers: [...response.headers], body: await response.arrayBuffer() }
  }
  const body = await response.arrayBuffer()
  const entry: Entry = {
    at: Date.now(),
    generation,
    status: 200,
    headers: CACHED_HEADERS.flatMap((name) => (response.headers.has(name) ? [[name, response.headers.get(name)!] as [string, string]] : [])),
    body,
  }
  // A write during the read may not be in this answer: hand it to the readers waiting, but do not keep it.
  if (generation === state.generation && body.byteLength <= MAX_BYTES) {
    state.entries.delete(key)
    state.entries.set(key, entry)
    while (state.entries.size > MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value!)
  }
  return entry
}

function respond(entry: Entry, how: 'HIT' | 'MISS'): Response {
  const headers = new Headers(entry.headers)
  headers.set('x-keikaku-cache', how)
  return new Response(entry.body.slice(0), { status: entry.status, headers })
}

/** Adds the invalidation to every collection and global, after their own hooks. */
export function withPublicReadInvalidation(collections: CollectionConfig[]): CollectionConfig[] {
  const invalidate = () => invalidatePublicReads()
  return collections.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), invalidate],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidate],
    },
  }))
}

export function withGlobalReadInvalidation(globals: GlobalConfig[]): GlobalConfig[] {
  const invalidate = () => invalidatePublicReads()
  return globals.map((global) => ({ ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), invalidate] } }))
}
