import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../lib/env.ts'
import { freePort } from '../lib/free-port.ts'

const exec = promisify(execFile)

/**
 * The backup drill on real parts: seed, edit, back up with `npm run backup` while the admin (next start) runs and
 * has just written, wipe the database and media, refuse a damaged archive and a running CMS, restore with
 * `npm run restore`, start the admin again and compare what staff and readers see.
 */
const root = mkdtempSync(path.join(tmpdir(), 'keikaku-backup-'))
const PORT = await freePort()
const ADMIN = `http://localhost:${PORT}`
const dbFile = path.join(root, 'cms.db')
const mediaDir = path.join(root, 'media')
const archive = path.join(root, 'backups', 'drill.tar.gz')
const editor = { email: 'drill-editor@example.jp', password: 'drill passphrase 2026' }
const approver = { email: 'drill-approver@example.jp', password: 'drill passphrase 2026' }
Object.assign(process.env, {
  DATABASE_URI: `file:${dbFile}`,
  KEIKAKU_MEDIA_DIR: mediaDir,
  KEIKAKU_SITE_ROOT: path.join(root, 'site'),
  // Its own publish work folders: files run side by side, and an admin's start clears what it finds there.
  KEIKAKU_PUBLISH_WORK_DIR: path.join(root, 'publish'),
  KEIKAKU_PUBLISH_COMMAND: 'node -e setTimeout(()=>{},300)',
})

let admin: import('../lib/cms.ts').AdminProcess | undefined
const start = async () => {
  const { startAdmin } = await import('../lib/cms.ts')
  admin = await startAdmin(PORT, { KEIKAKU_RUN_JOBS: '1' })
}
const stop = async () => {
  admin?.stop()
  admin = undefined
  // next-server exits and SQLite closes the file; restore checks that nobody has it open.
  await new Promise((r) => setTimeout(r, 2000))
}

beforeAll(async () => {
  const { buildAdminIfNeeded, prepareDatabase, withCms } = await import('../lib/cms.ts')
  await withCms(async (payload) => {
    await prepareDatabase(payload)
    await payload.create({ collection: 'users', data: { ...editor, role: 'editor' }, overrideAccess: true })
    await payload.create({ collection: 'users', data: { ...approver, role: 'approver' }, overrideAccess: true })
  })
  await buildAdminIfNeeded()
  await start()
})
afterAll(async () => {
  await stop()
  rmSync(root, { recursive: true, force: true })
})

async function api<T = Record<string, unknown>>(pathname: string, init: RequestInit & { token?: string } = {}) {
  const response = await fetch(`${ADMIN}${pathname}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `JWT ${init.token}` } : {}), ...init.headers },
  })
  return { status: response.status, body: (await response.json()) as T }
}
const login = async (user: { email: string; password: string }) =>
  (await api<{ token: string }>('/api/users/login', { method: 'POST', body: JSON.stringify(user) })).body.token

/** What the drill compares before and after: drafts, versions with their authors, users, history, media. */
async function state(token: string) {
  const total = async (pathname: string) => (await api<{ totalDocs: number }>(pathname, { token })).body.totalDocs
  const { body: kpis } = await api<{ docs: Array<{ key: string; definition: string | null; _status: string }> }>(
    '/api/kpis?draft=true&limit=1000&depth=0&sort=key',
    { token },
  )
  const { body: versions } = await api<{ docs: Array<{ version: { updatedBy?: number | null }; parent: number }> }>(
    '/api/kpis/versions?limit=5&sort=-updatedAt&depth=0',
    { token },
  )
  const { body: media } = await api<{ docs: Array<{ filename: string; url: string }> }>('/api/media?limit=1000&depth=0&sort=filename', { token })
  return {
    kpis: kpis.docs.map((k) => [k.key, k.definition, k._status]),
    kpiVersions: await total('/api/kpis/versions?limit=1'),
    latestVersions: versions.docs.map((v) => [v.parent, v.version.updatedBy]),
    users: await total('/api/users?limit=1'),
    publishes: await total('/api/site-publishes?limit=1'),
    goalTitles: (await api<{ docs: Array<{ title: string }> }>('/api/goals?limit=1000&depth=0&sort=key', {})).body.docs.map((g) => g.title),
    media: media.docs.map((m) => m.filename),
    firstMediaBytes: Buffer.from(await (await fetch(`${ADMIN}${media.docs[0].url}`, { headers: { authorization: `JWT ${token}` } })).arrayBuffer()).length,
  }
}

const npm = (args: string[]) =>
  exec('npm', ['run', '--silent', ...args], { cwd: ROOT, env: process.env }).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: `${error.stdout}${error.stderr}` }),
  )

describe('backup and restore drill', () => {
  it('backs up while the CMS runs, refuses damage and a running CMS, and restores everything', async () => {
    // Edits just before the backup: a draft by an editor, a published change, a publish request.
    const editorToken = await login(editor)
    const approverToken = await login(approver)
    const { body: kpis } = await api<{ docs: Array<{ id: number }> }>('/api/kpis?limit=2&depth=0&sort=key', { token: editorToken })
    await api(`/api/kpis/${kpis.docs[0].id}?draft=true`, { method: 'PATCH', token: editorToken, body: JSON.stringify({ definition: '訓練前の下書き' }) })
    const { body: goals } = await api<{ docs: Array<{ id: number }> }>('/api/goals?limit=1&depth=0&sort=key', {})
    await api(`/api/goals/${goals.docs[0].id}`, {
      method: 'PATCH',
      token: approverToken,
      body: JSON.stringify({ title: '訓練で公開した目標', _status: 'published' }),
    })
    // The publish that change asked for finishes first: a backup taken mid-publish is restored into a recovery
    // (the interrupted row and a retry), which the publish tests cover.
    await expect
      .poll(
        async () => (await api<{ totalDocs: number }>('/api/site-publishes?limit=1&where[status][in]=queued,running', { token: approverToken })).body.totalDocs,
        { timeout: 60_000, interval: 500 },
      )
      .toBe(0)
    const before = await state(approverToken)
    expect(before.latestVersions[0]).toEqual([kpis.docs[0].id, expect.any(Number)])
    expect(existsSync(`${dbFile}-wal`)).toBe(true) // the last writes are (at least partly) in the WAL

    const backup = await npm(['backup', '--', archive])
    expect(backup.code, backup.output).toBe(0)
    expect(backup.output).toMatch(/Backup written: .*drill\.tar\.gz/)
    console.log(`backup drill: ${backup.output.trim()}`)

    // Refused while the CMS has the database open; nothing changed.
    const whileRunning = await npm(['restore', '--', archive])
    expect(whileRunning.code).not.toBe(0)
    expect(whileRunning.output).toMatch(/The CMS is running/)

    await stop()
    rmSync(dbFile, { force: true })
    rmSync(`${dbFile}-wal`, { force: true })
    rmSync(`${dbFile}-shm`, { force: true })
    rmSync(mediaDir, { recursive: true, force: true })

    // A damaged copy is refused before anything is written.
    const damaged = path.join(root, 'damaged.tar.gz')
    const bytes = readFileSync(archive)
    bytes[Math.floor(bytes.length / 2)] ^= 0xff
    writeFileSync(damaged, bytes)
    const refused = await npm(['restore', '--', damaged])
    expect(refused.code).not.toBe(0)
    expect(refused.output).toMatch(/damaged/)
    expect(existsSync(dbFile)).toBe(false)

    const started = performance.now()
    const restore = await npm(['restore', '--', archive])
    expect(restore.code, restore.output).toBe(0)
    console.log(
      `backup drill: restored in ${((performance.now() - started) / 1000).toFixed(1)} s; archive ${(statSync(archive).size / 1024 / 1024).toFixed(1)} MB`,
    )
    expect(readdirSync(mediaDir).length).toBeGreaterThan(0)

    await start()
    // Users can still log in, and everything is as it was.
    const after = await state(await login(approver))
    expect(after).toEqual(before)
    expect(await login(editor)).toBeTruthy()
  })
})
