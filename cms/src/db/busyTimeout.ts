import type { DatabaseAdapterObj } from 'payload'

/** The part of @libsql/client's Client used here (a dependency of @payloadcms/db-sqlite, not ours). */
type Call = (...args: never[]) => Promise<unknown>
interface Transaction {
  commit: Call
  rollback: Call
  close: () => void
}
interface Client {
  execute: Call
  batch: Call
  executeMultiple: Call
  migrate: Call
  transaction: (...args: never[]) => Promise<Transaction>
}

/** One writer at a time in this process; waiting is asynchronous and bounded. */
class WriterQueue {
  private tail: Promise<void> = Promise.resolve()

  constructor(private readonly timeoutMs: number) {}

  /** Resolves with a release function once the previous writers are done. */
  async acquire(): Promise<() => void> {
    let release!: () => void
    const turn = new Promise<void>((resolve) => (release = resolve))
    const previous = this.tail
    this.tail = previous.then(() => turn)
    let timer: NodeJS.Timeout | undefined
    const waited = await Promise.race([
      previous.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), this.timeoutMs))),
    ])
    clearTimeout(timer)
    if (!waited) {
      // Give the place back when it comes, so the queue does not stop behind a writer that gave up.
      previous.then(release)
      throw Object.assign(new Error('SQLITE_BUSY: database is locked (waited for another write in this process)'), { code: 'SQLITE_BUSY' })
    }
    let released = false
    return () => {
      if (released) return
      released = true
      release()
    }
  }
}

const WRITE = /^\s*(insert|update|delete|replace|create|drop|alter)\b/i
const isWrite = (statement: unknown) => WRITE.test(typeof statement === 'string' ? statement : String((statement as { sql?: string })?.sql ?? ''))

/**
 * Makes SQLite writers wait for each other instead of failing with SQLITE_BUSY.
 *
 * Across processes (the admin, scripts, a second admin): SQLite's busy timeout. Payload's adapter sets
 * `PRAGMA busy_timeout` once, on the client's first connection, but @libsql/client hands its connection over to
 * every transaction and opens a new one for whatever comes next ("A new connection will be lazily created on next
 * use"), which has none: `BEGIN IMMEDIATE` and plain writes on it failed at once ("cannot begin transaction:
 * SQLITE_BUSY"). So after each hand-over the pragma is applied to the new connection, in the same tick as the
 * statement that follows (libsql runs a call synchronously up to its result, so nothing can slip in between).
 *
 * Within this process: libsql waits for a lock synchronously, which blocks the event loop, so a request waiting
 * for another request's open transaction would also keep that transaction from ever finishing. So transactions
 * and writes outside them take turns through a queue, asynchronously, before they touch SQLite.
 */
export function keepWritersWaiting(client: Client, milliseconds: number): void {
  const pragma = `PRAGMA busy_timeout = ${Math.trunc(milliseconds)}`
  const queue = new WriterQueue(milliseconds)
  const execute = client.execute.bind(client) as (sql: string) => Promise<unknown>
  let freshConnection = false
  const onConnection =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (!freshConnection) return call(...args)
      freshConnection = false
      const set = execute(pragma)
      const result = call(...args)
      await set
      return result
    }
  const inTurn =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>, writes: (...args: A) => boolean) =>
    async (...args: A): Promise<R> => {
      if (!writes(...args)) return call(...args)
      const release = await queue.acquire()
      try {
        return await call(...args)
      } finally {
        release()
      }
    }

  const transaction = onConnection(client.transaction.bind(client))
  client.transaction = async (...args) => {
    const release = await queue.acquire()
    let tx: Transaction
    try {
      tx = await transaction(...args)
    } catch (error) {
      release()
      throw error
    }
    freshConnection = true
    const ending =
      <C extends Call>(call: C) =>
      async (...a: Parameters<C>) => {
        try {
          return await call(...a)
        } finally {
          release()
        }
      }
    tx.commit = ending(tx.commit.bind(tx))
    tx.rollback = ending(tx.rollback.bind(tx))
    const close = tx.close.bind(tx)
    tx.close = () => {
      close()
      release()
    }
    return tx
  }
  client.execute = inTurn(onConnection(execute), (statement) => isWrite(statement))
  client.batch = inTurn(onConnection(client.batch.bind(client)), () => true)
  client.executeMultiple = inTurn(onConnection(client.executeMultiple.bind(client)), () => true)
  client.migrate = inTurn(onConnection(client.migrate.bind(client)), () => true)
}

/** The adapter with `keepWritersWaiting` applied to its client once it has connected. */
export function withWritersWaiting<T extends DatabaseAdapterObj>(adapterObj: T, milliseconds: number): T {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as ReturnType<T['init']> & { client?: Client; connect?: (options?: unknown) => Promise<void> }
      const connect = adapter.connect!
      adapter.connect = async function (this: typeof adapter, options?: unknown) {
        await connect.call(this, options)
        const client = this.client as (Client & { keikakuWriters?: true }) | undefined
        if (client && !client.keikakuWriters) {
          keepWritersWaiting(client, milliseconds)
          client.keikakuWriters = true
        }
      }
      return adapter
    },
  }
}
