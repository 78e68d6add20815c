import { mkdtempSync, rmSync } from 'node:fs'
import { networkInterfaces, tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../lib/chromium.ts'
import { freePort } from '../lib/free-port.ts'

/**
 * The built admin (next start) on a fresh seeded SQLite database with its job runner on: where it listens, its
 * security headers and origin checks in a real browser, and many writers at once.
 */
const root = mkdtempSync(path.join(tmpdir(), 'keikaku-admin-ops-'))
const PORT = await freePort()
const ADMIN = `http://localhost:${PORT}`
const PASSWORD = 'operations passphrase 2026'
const emails = { admin: 'ops-admin@example.jp', editors: [1, 2, 3, 4].map((n) => `ops-editor-${n}@example.jp`) }
Object.assign(process.env, {
  DATABASE_URI: `file:${path.join(root, 'cms.db')}`,
  KEIKAKU_MEDIA_DIR: path.join(root, 'media'),
  KEIKAKU_SITE_ROOT: path.join(root, 'site'),
  // Its own publish work folders: files run side by side, and an admin's start clears what it finds there.
  KEIKAKU_PUBLISH_WORK_DIR: path.join(root, 'publish'),
  // The job runner records each publish; the build itself is not what is tested here.
  KEIKAKU_PUBLISH_COMMAND: 'node -e setTimeout(()=>{},300)',
})

let admin: import('../lib/cms.ts').AdminProcess
let browser: Browser | undefined
let log = ''

beforeAll(async () => {
  const { buildAdminIfNeeded, prepareDatabase, startAdmin, withCms } = await import('../lib/cms.ts')
  await withCms(async (payload) => {
    await prepareDatabase(payload)
    await payload.create({ collection: 'users', data: { email: emails.admin, password: PASSWORD, role: 'admin' }, overrideAccess: true })
    for (const email of emails.editors) await payload.create({ collection: 'users', data: { email, password: PASSWORD, role: 'editor' }, overrideAccess: true })
  })
  await buildAdminIfNeeded()
  admin = await startAdmin(PORT, { KEIKAKU_RUN_JOBS: '1' }, { onOutput: (text) => (log += text) })
})
afterAll(async () => {
  await browser?.close()
  admin?.stop()
  rmSync(root, { recursive: true, force: true })
})

async function api<T = Record<string, unknown>>(pathname: string, init: RequestInit & { token?: string } = {}) {
  const response = await fetch(`${ADMIN}${pathname}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `JWT ${init.token}` } : {}), ...init.headers },
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: (text.startsWith('{') ? JSON.parse(text) : { text }) as T }
}
const login = (email: string, password = PASSWORD) =>
  api<{ token?: string; errors?: Array<{ message: string }> }>('/api/users/login', { method: 'POST', body: JSON.stringify({ email, password }) })

describe('where the admin listens', () => {
  it('answers on loopback but not on the machine’s other addresses', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)
    expect((await fetch(`http://127.0.0.1:${PORT}/api/globals/site-settings`)).status).toBe(200)
    if (!external) return console.log('No non-loopback address on this machine: nothing more to check')
    await expect(fetch(`http://${external.address}:${PORT}/api/globals/site-settings`)).rejects.toThrow()
  })
})

describe('admin hardening', () => {
  it('sends CSP with frame-ancestors, nosniff and a referrer policy on pages and API answers', async () => {
    for (const pathname of ['/admin/login', '/api/kpis?limit=1']) {
      const { headers } = await fetch(`${ADMIN}${pathname}`)
      expect(headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/)
      expect(headers.get('content-security-policy')).toMatch(/default-src 'self'/)
      expect(headers.get('x-content-type-options')).toBe('nosniff')
      expect(headers.get('x-frame-options')).toBe('DENY')
      expect(headers.get('referrer-policy')).toBe('same-origin')
    }
  })

  it('accepts the login cookie only from the admin’s own origin, though KEIKAKU_CMS_URL is not set', async () => {
    const response = await fetch(`${ADMIN}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: emails.editors[0], password: PASSWORD }),
    })
    const cookie = response.headers
      .getSetCookie()
      .find((c) => c.startsWith('payload-token='))!
      .split(';')[0]
    const me = async (origin: string) => (await api<{ user: unknown }>('/api/users/me', { headers: { cookie, origin } })).body.user
    expect(await me(ADMIN)).toMatchObject({ email: emails.editors[0] })
    expect(await me('http://evil.example')).toBeNull()
    expect(await me(`http://localhost:${PORT + 1}`)).toBeNull()
    const cors = await fetch(`${ADMIN}/api/kpis?limit=1`, { headers: { origin: 'http://evil.example' } })
    expect(cors.headers.get('access-control-allow-origin')).not.toBe('http://evil.example')
    expect(cors.headers.get('access-control-allow-origin')).not.toBe('*')
  })

  it('answers a locked account as it answers an unknown address', async () => {
    const victim = emails.editors[3]
    for (let i = 0; i < 6; i++) await login(victim, 'wrong password')
    const locked = await login(victim, PASSWORD)
    const unknown = await login('nobody@example.jp', 'wrong password')
    expect(locked.status).toBe(unknown.status)
    expect(locked.body.errors?.[0].message).toBe(unknown.body.errors?.[0].message)
    expect(unknown.body.errors?.[0].message).toMatch(/^メールアドレスまたはパスワードが正しくないか/)
  })

  it('works in Chromium under its CSP: the login form signs in and the dashboard renders, with no violation', async () => {
    browser = await launchBrowser()
    const page = await browser.newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
    })
    await page.goto(`${ADMIN}/admin/login`)
    await page.locator('#field-email').fill(emails.admin)
    await page.locator('#field-password').fill(PASSWORD)
    await page.getByRole('button', { name: 'ログイン' }).click()
    await page.waitForURL(/\/admin\/?$/)
    await page.goto(`${ADMIN}/admin/collections/kpis`)
    await expect.poll(() => page.locator('table').count(), { timeout: 30_000 }).toBeGreaterThan(0)
    expect(violations).toEqual([])
    await page.close()
  })
})

describe('SQLite under concurrent writers', () => {
  it('logins, draft saves, publish requests, password-reset requests and the job runner at once: nothing lost, no lock errors', async () => {
    const adminToken = (await login(emails.admin)).body.token!
    const { body } = await api<{ docs: Array<{ id: number }> }>('/api/kpis?limit=12&depth=0', { token: adminToken })
    const kpis = body.docs.map((d) => d.id)
    log = ''
    const logins = Array.from({ length: 24 }, (_, i) => login(emails.editors[i % 3]))
    const saves = kpis.map((id, i) =>
      api(`/api/kpis/${id}?draft=true`, { method: 'PATCH', token: adminToken, body: JSON.stringify({ definition: `並行保存 ${i}` }) }),
    )
    const publishes = Array.from({ length: 6 }, (_, i) =>
      api('/api/site-publishes', { method: 'POST', token: adminToken, body: JSON.stringify({ reason: `並行 ${i}` }) }),
    )
    const resets = emails.editors.slice(0, 3).map((email) => api('/api/users/forgot-password', { method: 'POST', body: JSON.stringify({ email }) }))
    const [loginResults, saveResults, publishResults, resetResults] = await Promise.all([
      Promise.all(logins),
      Promise.all(saves),
      Promise.all(publishes),
      Promise.all(resets),
    ])

    expect(loginResults.map((r) => r.status)).toEqual(loginResults.map(() => 200))
    // Every token handed out has its session stored: it is accepted afterwards.
    const sessions = await Promise.all(loginResults.map((r) => api<{ user: { email: string } | null }>('/api/users/me', { token: r.body.token })))
    expect(sessions.filter((s) => !s.body.user).length).toBe(0)
    expect(saveResults.map((r) => r.status)).toEqual(saveResults.map(() => 200))
    for (const [i, id] of kpis.entries()) {
      const { body: kpi } = await api<{ definition: string }>(`/api/kpis/${id}?draft=true&depth=0`, { token: adminToken })
      expect(kpi.definition).toBe(`並行保存 ${i}`)
    }
    expect(publishResults.map((r) => r.status)).toEqual(publishResults.map(() => 201))
    expect(resetResults.map((r) => r.status)).toEqual(resetResults.map(() => 200))
    // Let the job runner take the queued publishes while staff keep saving.
    await new Promise((r) => setTimeout(r, 6000))
    expect(log).not.toMatch(/SQLITE_BUSY|database is locked|cannot begin transaction/)
  })
})
