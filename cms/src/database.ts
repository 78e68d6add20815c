import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Config, Migration, Payload } from 'payload'
import { withWritersWaiting } from './db/busyTimeout.ts'
import { linkMongoDepartmentNames } from './db/mongoDepartments.ts'
import { indexSideTablesByParent } from './db/parentIndexes.ts'
import { withConcurrentLogins } from './db/sessions.ts'
import { migrations } from './migrations/index.ts'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Where the embedded database lives unless DATABASE_URI says otherwise (ignored by git). */
export const DEFAULT_SQLITE_FILE = path.resolve(dirname, '..', 'var', 'keikaku.db')

export const databaseUri = () => process.env.DATABASE_URI || `file:${DEFAULT_SQLITE_FILE}`

export const isMongo = (uri: string) => /^mongodb(\+srv)?:\/\//.test(uri)

/**
 * SQLite by default; a mongodb:// DATABASE_URI switches to MongoDB. The admin server, the job runner and
 * scripts write from separate processes, so SQLite runs in WAL mode with a busy timeout and transactions on.
 * Committed migrations run at start (migrateOnStart); schema push is only for development (KEIKAKU_DB_PUSH=1).
 */
export function databaseAdapter(uri = databaseUri()): Config['db'] {
  if (isMongo(uri)) {
    return mongooseAdapter({
      url: uri,
      connectOptions: { serverSelectionTimeoutMS: 10_000 },
    })
  }
  // A fresh clone has no var/ folder yet; SQLite creates the file but not its folder.
  if (uri.startsWith('file:')) mkdirSync(path.dirname(uri.slice('file:'.length)), { recursive: true })
  const sqlite = sqliteAdapter({
    client: { url: uri },
    wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' },
    busyTimeout: BUSY_TIMEOUT_MS,
    // Transactions begin immediately (libsql's default "write" mode): a writer waits for the lock up front
    // instead of failing when a read turns into a write.
    transactionOptions: {},
    push: process.env.KEIKAKU_DB_PUSH === '1',
    migrationDir: path.resolve(dirname, 'migrations'),
    afterSchemaInit: [indexSideTablesByParent],
  })
  return withConcurrentLogins(withWritersWaiting(sqlite, BUSY_TIMEOUT_MS), ['users'])
}

/** How long a writer waits for another to finish before giving up. */
const BUSY_TIMEOUT_MS = 10_000

/**
 * Runs the committed migrations at every start, not only under NODE_ENV=production (Payload's prodMigrations),
 * so that development, tests and production share one schema path. MongoDB has no schema, only a data move.
 */
export async function migrateOnStart(payload: Payload): Promise<void> {
  if (payload.db.name === 'mongoose') {
    // MongoDB keeps no schema; the one data move that SQLite's migrations make runs here, once.
    const moved = await linkMongoDepartmentNames(payload)
    if (moved) payload.logger.info(`Departments: ${moved} documents now link department records instead of naming them.`)
    return
  }
  if (process.env.KEIKAKU_DB_PUSH === '1') return
  // Payload types migrate()'s migrations as taking `unknown`, its generated ones take typed arguments.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
