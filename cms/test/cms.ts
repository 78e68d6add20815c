import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

export interface TestCms {
  payload: Payload
  dir: string
}

/**
 * Starts the real CMS (Local API) on a fresh database for one test file: SQLite in a temporary folder, or
 * MongoDB when `mongoUri` is given. Migrations run as at any start. Nothing is mocked.
 */
export function useCms({ seeded = true, mongoUri }: { seeded?: boolean; mongoUri?: string } = {}): TestCms {
  const cms = {} as TestCms
  beforeAll(async () => {
    cms.dir = mkdtempSync(path.join(tmpdir(), 'keikaku-cms-'))
    process.env.DATABASE_URI = mongoUri ?? `file:${path.join(cms.dir, 'test.db')}`
    process.env.KEIKAKU_MEDIA_DIR = path.join(cms.dir, 'media')
    const { getPayloadClient } = await import('../src/getPayloadClient.ts')
    cms.payload = await getPayloadClient()
    if (seeded) {
      const { seed } = await import('../src/seed/index.ts')
      await seed(cms.payload)
    }
  })
  afterAll(async () => {
    // The Mongoose adapter has no dropDatabase of its own (the Drizzle one does): drop through its connection.
    if (mongoUri) await cms.payload?.db.connection?.dropDatabase()
    await cms.payload?.destroy()
    rmSync(cms.dir, { recursive: true, force: true })
  })
  return cms
}

/** Creates a user of a role and returns it, ready to pass as `user` with `overrideAccess: false`. */
export async function makeUser(
  payload: Payload,
  role: 'admin' | 'approver' | 'editor' | 'department-editor' | 'viewer',
  { departments = [] }: { departments?: string[] } = {},
) {
  const { docs } = departments.length
    ? await payload.find({ collection: 'departments', where: { key: { in: departments } }, depth: 0, overrideAccess: true })
    : { docs: [] }
  if (docs.length !== departments.length) throw new Error(`makeUser: unknown department among ${departments.join(', ')}`)
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${role}-${Math.random().toString(36).slice(2)}@example.jp`,
      password: 'correct horse battery',
      role,
      departments: docs.map((d) => d.id),
    },
    overrideAccess: true,
  })
  return { ...user, collection: 'users' as const }
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error & { status?: number; data?: unknown }> {
  try {
    await promise
  } catch (error) {
    return error as Error & { status?: number }
  }
  throw new Error('Expected the operation to be refused, but it succeeded')
}

/** All field messages of a Payload ValidationError, as "path: message" lines. */
export function fieldErrors(error: unknown): string[] {
  const errors = (error as { data?: { errors?: Array<{ path: string; message: string }> } }).data?.errors ?? []
  return errors.map((e) => `${e.path}: ${e.message}`)
}
