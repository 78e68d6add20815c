import type { DatabaseAdapterObj } from 'payload'

/** The part of @libsql/client's Client used here (a dependency of @payloadcms/db-sqlite, not ours). */
type Call = (...args: never[]) => Promise<unknown>
interface Client {
  execute: Call
  batch: Call
  executeMultiple: Call
  migrate: Call
  transaction: Call
}

/**
 * Payload's SQLite adapter sets `PRAGMA busy_timeout` once, on the client's first connection. But
 * @libsql/client hands its connection over to every transaction and opens a new one for whatever comes next
 * (`Sqlite3Client.transaction`: "A new connection will be lazily created on next use"), and those have no busy
 * timeout: while another process (the job runner, a script) or request writes, `BEGIN IMMEDIATE` and plain writes
 * on them fail at once with SQLITE_BUSY ("cannot begin transaction: SQLITE_BUSY: database is locked").
 * So after each hand-over the setting is applied again to the new connection, in the same tick as the statement
 * that follows (libsql's calls run synchronously up to their result, so no other call can slip in between).
 */
export function keepBusyTimeout(client: Client, milliseconds: number): void {
  const pragma = `PRAGMA busy_timeout = ${Math.trunc(milliseconds)}`
  const execute = client.execute.bind(client) as (sql: string) => Promise<unknown>
  let freshConnection = false
  const withTimeout = <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (!freshConnection) return call(...args)
      freshConnection = false
      const set = execute(pragma)
      const result = call(...args)
      await set
      return result
    }
  const transaction = withTimeout(client.transaction.bind(client))
  client.transaction = async (...args) => {
    const tx = await transaction(...args)
    freshConnection = true
    return tx
  }
  client.execute = withTimeout(execute)
  client.batch = withTimeout(client.batch.bind(client))
  client.executeMultiple = withTimeout(client.executeMultiple.bind(client))
  client.migrate = withTimeout(client.migrate.bind(client))
}

/** The adapter with `keepBusyTimeout` applied to its client once it has connected. */
export function withBusyTimeoutOnEveryConnection<T extends DatabaseAdapterObj>(adapterObj: T, milliseconds: number): T {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as ReturnType<T['init']> & { client?: Client; connect?: (options?: unknown) => Promise<void> }
      const connect = adapter.connect!
      adapter.connect = async function (this: typeof adapter, options?: unknown) {
        await connect.call(this, options)
        if (this.client && !(this.client as { keikakuBusyTimeout?: true }).keikakuBusyTimeout) {
          keepBusyTimeout(this.client, milliseconds)
          ;(this.client as { keikakuBusyTimeout?: true }).keikakuBusyTimeout = true
        }
      }
      return adapter
    },
  }
}
