import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { makeUser, useCms } from './cms.ts'

/**
 * SQLite with other writers: another connection (as the job runner or a script in another process would) holds
 * the write lock for a while; Payload's writes must wait for it within the busy timeout, not fail.
 */
const cms = useCms()

async function kpiId() {
  const { docs } = await cms.payload.find({ collection: 'kpis', limit: 1, depth: 0 })
  return docs[0].id
}

/**
 * Holds the write lock from another process (as the job runner or a script would) for `ms`; resolves once the
 * lock is held, with a promise for its release.
 */
async function holdWriteLock(ms: number): Promise<Promise<void>> {
  const script = `
    const { createClient } = await import('@libsql/client')
    const db = createClient({ url: process.env.DATABASE_URI })
    await db.execute('BEGIN IMMEDIATE')
    console.log('locked')
    setTimeout(async () => { await db.execute('COMMIT'); process.exit(0) }, ${ms})`
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: import.meta.dirname, stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
  return new Promise<void>((resolve) => child.once('exit', () => resolve()))
}

describe('SQLite writers take turns', () => {
  it('a save after earlier transactions waits for another writer and succeeds', async () => {
    const id = await kpiId()
    // Earlier saves hand the client's first connection over to their transactions.
    for (let i = 0; i < 3; i++) await cms.payload.update({ collection: 'kpis', id, data: { definition: `前 ${i}` }, draft: true })
    const released = await holdWriteLock(1500)
    const saved = await cms.payload.update({ collection: 'kpis', id, data: { definition: '待ってから保存' }, draft: true })
    await released
    expect(saved.definition).toBe('待ってから保存')
  })

  it('saves at once in one process wait for each other and all succeed, also while another process writes', async () => {
    const { docs } = await cms.payload.find({ collection: 'kpis', limit: 6, depth: 0 })
    const released = await holdWriteLock(1000)
    const saved = await Promise.all(
      docs.map((doc, i) => cms.payload.update({ collection: 'kpis', id: doc.id, data: { definition: `同時 ${i}` }, draft: true })),
    )
    await released
    expect(saved.map((d) => d.definition)).toEqual(docs.map((_, i) => `同時 ${i}`))
  })

  it('password reset requests work on SQLite', async () => {
    const user = await makeUser(cms.payload, 'editor')
    const token = await cms.payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    expect(token).toMatch(/^[0-9a-f]{40}$/)
    // and also with Payload's e-mail path (no transport configured: it is logged)
    await expect(cms.payload.forgotPassword({ collection: 'users', data: { email: user.email } })).resolves.toBeDefined()
  })

  it('concurrent logins of one account each keep their session', async () => {
    const user = await makeUser(cms.payload, 'viewer')
    const released = await holdWriteLock(800)
    const results = await Promise.all(
      Array.from({ length: 6 }, () => cms.payload.login({ collection: 'users', data: { email: user.email, password: 'correct horse battery' } })),
    )
    await released
    const { docs } = await cms.payload.find({ collection: 'users', where: { id: { equals: user.id } }, depth: 0, showHiddenFields: true })
    const stored = new Set(((docs[0] as { sessions?: Array<{ id: string }> }).sessions ?? []).map((s) => s.id))
    const sids = results.map((r) => JSON.parse(Buffer.from(r.token!.split('.')[1], 'base64url').toString()).sid as string)
    expect(sids.filter((sid) => !stored.has(sid))).toEqual([])
  })
})
