import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../lib/chromium.ts'
import { ROOT } from '../lib/env.ts'
import { freePort } from '../lib/free-port.ts'
import { withoutRuby } from '@keikaku/test-support/ruby'

/**
 * An editor's day in the built admin (next start) on a fresh SQLite database, with the job runner, the real site
 * build and Debian's Chromium: edit a KPI, submit, the approver returns it with a reason, the editor fixes and
 * resubmits, the approver publishes, the site shows the value. Screenshots go to var/test-output/workflow-e2e/.
 */
const root = mkdtempSync(path.join(tmpdir(), 'keikaku-workflow-'))
const SHOTS = path.join(ROOT, 'var', 'test-output', 'workflow-e2e')
const ADMIN_PORT = await freePort()
const SITE_PORT = await freePort()
const ADMIN = `http://localhost:${ADMIN_PORT}`
const SITE = `http://localhost:${SITE_PORT}`
const editor = { email: 'editor@example.jp', password: 'editor passphrase 2026', name: '編集 太郎', role: 'editor' as const }
const approver = { email: 'approver@example.jp', password: 'approver passphrase 2026', name: '承認 花子', role: 'approver' as const }
const administrator = { email: 'admin@example.jp', password: 'admin passphrase 2026', name: '管理 一郎', role: 'admin' as const }
Object.assign(process.env, {
  DATABASE_URI: `file:${path.join(root, 'cms.db')}`,
  KEIKAKU_MEDIA_DIR: path.join(root, 'media'),
  KEIKAKU_SITE_ROOT: path.join(root, 'site'),
  // Its own publish work folders: files run side by side, and an admin's start clears what it finds there.
  KEIKAKU_PUBLISH_WORK_DIR: path.join(root, 'publish'),
  KEIKAKU_PREVIEW_URL: `${SITE}/preview`,
})

/** Words Payload or our own admin used to show in English (or in words a Japanese office does not use). */
const NOT_IN_JAPANESE_ADMIN = [
  '[Untitled]',
  'Untitled',
  'Document を追加',
  'Part 01',
  'Updated By',
  'Live build',
  '<No ',
  'undefined',
  'Payload 設定',
  'ロケール',
  'ドラフト',
  'An unknown error occurred',
  'Something went wrong',
]

/** The admin answers slowly on a busy machine. */
const SLOW = { timeout: 60_000, interval: 500 }

let admin: import('../lib/cms.ts').AdminProcess
let server: Server
let browser: Browser

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  const { buildAdminIfNeeded, prepareDatabase, startAdmin, withCms } = await import('../lib/cms.ts')
  const { exportTo } = await import('../lib/pipeline.ts')
  const { publishSnapshot } = await import('../lib/deploy/publish.ts')
  const { Releases } = await import('../lib/deploy/releases.ts')
  const { serveSite, previewsDirOf } = await import('../lib/serve.ts')
  const siteRoot = process.env.KEIKAKU_SITE_ROOT!
  const snapshotDir = path.join(root, 'snapshot')
  await withCms(async (payload) => {
    await prepareDatabase(payload)
    for (const user of [editor, approver, administrator]) await payload.create({ collection: 'users', data: user, overrideAccess: true })
    await exportTo(payload, snapshotDir)
  })
  await publishSnapshot(snapshotDir, { root: siteRoot })
  await buildAdminIfNeeded()
  admin = await startAdmin(ADMIN_PORT, { KEIKAKU_RUN_JOBS: '1', KEIKAKU_CMS_URL: ADMIN })
  server = await serveSite({ liveDir: new Releases(siteRoot).liveLink, previewsDir: previewsDirOf(siteRoot), port: SITE_PORT })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  server?.close()
  admin?.stop()
  rmSync(root, { recursive: true, force: true })
})

/** A signed-in admin page for `who`, in its own browser context (own cookies), Japan time. */
async function signIn(who: { email: string; password: string }, language: 'ja' | 'en' = 'ja'): Promise<Page> {
  const context = await browser.newContext({ locale: language === 'en' ? 'en-US' : 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { width: 1366, height: 900 } })
  if (language === 'en') await context.addCookies([{ name: 'payload-lng', value: 'en', url: ADMIN }])
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  trackRequests(page)
  await page.goto(`${ADMIN}/admin/login`)
  // The city's plan system by its own name, not Payload's logo.
  await expect.poll(() => page.locator('body').innerText(), SLOW).toContain('総合計画の編集・公開')
  await page.locator('#field-email').fill(who.email)
  await page.locator('#field-password').fill(who.password)
  await page.getByRole('button', { name: language === 'en' ? 'Login' : 'ログイン' }).click()
  await page.waitForURL(/\/admin\/?$/)
  return page
}

const inFlight = new WeakMap<Page, Set<unknown>>()

function trackRequests(page: Page) {
  const pending = new Set<unknown>()
  inFlight.set(page, pending)
  page.on('request', (r) => pending.add(r))
  page.on('requestfinished', (r) => pending.delete(r))
  page.on('requestfailed', (r) => pending.delete(r))
}

/**
 * Waits until the admin has had no request in flight for a moment, as a person pauses between typing and saving.
 * A form-state answer asked for before the save (without validation) and arriving after it would merge the save's
 * field errors away (Payload's form merges server state last-come); on a loaded machine that race is real.
 */
async function settled(page: Page) {
  let quietSince = Date.now()
  await expect
    .poll(
      () => {
        if ((inFlight.get(page)?.size ?? 0) > 0) quietSince = Date.now()
        return Date.now() - quietSince
      },
      { timeout: 60_000, interval: 100 },
    )
    .toBeGreaterThan(750)
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
}

/** Fails on any English (or Payload wording) left in what the page shows. */
async function expectOfficeJapanese(page: Page) {
  const text = await page.locator('body').innerText()
  for (const word of NOT_IN_JAPANESE_ADMIN) expect(text, `"${word}" on ${page.url()}`).not.toContain(word)
}

async function api<T = Record<string, unknown>>(pathname: string, init: RequestInit & { token?: string } = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${ADMIN}${pathname}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `JWT ${init.token}` } : {}), ...init.headers },
  })
  return { status: response.status, body: (await response.json()) as T }
}

const tokenOf = async (who: { email: string; password: string }) =>
  (await api<{ token: string }>('/api/users/login', { method: 'POST', body: JSON.stringify({ email: who.email, password: who.password }) })).body.token

async function kpi() {
  const { body } = await api<{ docs: Array<{ id: number; actuals: Array<{ fiscalYear: number }> }> }>(
    '/api/kpis?where[key][equals]=kanko-kyaku&depth=0&draft=true',
    { token: await tokenOf(approver) },
  )
  return body.docs[0]
}

async function chooseWorkflow(page: Page, label: string) {
  await page.locator('#field-workflow .rs__control').click()
  const option = page.locator('.rs__option', { hasText: label })
  try {
    await option.first().click({ timeout: 15_000 })
  } catch (error) {
    await shot(page, `failed-choose-${label}`)
    throw new Error(`No option ${label} among: ${(await page.locator('.rs__option').allInnerTexts()).join(', ')}`, { cause: error })
  }
}

/**
 * Opens a document; Payload locks a document while someone has it open, so when the other person's page still
 * holds it the admin asks whether to take over (引き継ぐ), as staff would.
 */
async function openDoc(page: Page, url: string) {
  await page.goto(url)
  const takeOver = page.getByRole('button', { name: '引き継ぐ' })
  await takeOver.waitFor({ timeout: 8_000 }).then(
    () => takeOver.click(),
    () => undefined,
  )
}

async function saveDraft(page: Page) {
  await page.getByRole('button', { name: '下書き保存' }).click()
  await expect.poll(() => page.getByText('下書きは正常に保存されました。').count(), SLOW).toBeGreaterThan(0)
}

/** A served page as read with furigana off (pages carry hidden ruby). */
const sitePage = async (pathname: string) => withoutRuby(await (await fetch(`${SITE}${pathname}`)).text())

describe('an editor’s day with 起案 → 承認', () => {
  it('edit, submit, return with a reason, fix, resubmit, publish: the site shows the value', async () => {
    const { id, actuals } = await kpi()
    const row = actuals.length
    const docUrl = `${ADMIN}/admin/collections/kpis/${id}`

    // The editor: a Japanese admin offering only what an editor may do.
    const editorPage = await signIn(editor)
    await shot(editorPage, '01-editor-dashboard')
    await expectOfficeJapanese(editorPage)
    await openDoc(editorPage, docUrl)
    await editorPage.getByRole('button', { name: '下書き保存' }).waitFor()
    expect(await editorPage.getByRole('button', { name: '変更内容を公開' }).count()).toBe(0)
    await editorPage.getByRole('button', { name: '実績値 を追加' }).click()
    const year = editorPage.locator(`input[name="actuals.${row}.fiscalYear"]`)
    const value = editorPage.locator(`input[name="actuals.${row}.value"]`)
    await year.fill('2030')
    await value.fill('297')
    await expect.poll(() => editorPage.getByTestId('fiscal-year-era').allInnerTexts(), SLOW).toContain('令和12年度（2030年度）')
    // A year outside the plan period is refused on a draft save, in Japanese: the notice names the field, and the
    // field itself carries the server's message.
    await settled(editorPage)
    await editorPage.getByRole('button', { name: '下書き保存' }).click()
    await expect
      .poll(() => editorPage.locator('body').innerText(), { timeout: 60_000, interval: 200 })
      .toMatch(/次のフィールドは無効です[\s\S]*実績値[\s\S]*年度/)
    const yearField = editorPage.locator('.field-type', { has: year })
    await expect.poll(() => yearField.locator('.field-error').allInnerTexts(), SLOW).toContain('実績値の年度（2030年度）が計画期間（2015〜2025年度）の外です。')
    await shot(editorPage, '02-editor-draft-refused')
    await year.fill('2018')
    await chooseWorkflow(editorPage, '承認依頼中')
    await shot(editorPage, '03-editor-kpi-before-submit')
    await saveDraft(editorPage)
    await expectOfficeJapanese(editorPage)
    await editorPage.goto(`${ADMIN}/admin`)

    // The approver finds it in 承認待ち, with who submitted it.
    const approverPage = await signIn(approver)
    const queue = approverPage.getByTestId('approval-queue')
    await expect.poll(() => queue.innerText(), SLOW).toContain('観光客入込数')
    expect(await queue.innerText()).toContain('編集 太郎')
    expect(Number(await approverPage.getByTestId('approval-queue-count').innerText())).toBeGreaterThanOrEqual(1)
    await shot(approverPage, '04-approver-dashboard-queue')
    await expectOfficeJapanese(approverPage)

    // …and returns it with a reason (refused without one).
    await openDoc(approverPage, `${ADMIN}${await queue.getByRole('link', { name: '観光客入込数' }).getAttribute('href')}`)
    await approverPage.getByRole('button', { name: '変更内容を公開' }).waitFor()
    await chooseWorkflow(approverPage, '差戻し')
    await approverPage.getByRole('button', { name: '下書き保存' }).click()
    await expect.poll(() => approverPage.getByText('差し戻すときは「差戻しの理由」を書いてください。').count(), SLOW).toBeGreaterThan(0)
    const reason = '2018年度の値を統計書で確認してください（298万人回では？）'
    await approverPage.locator('#field-returnReason').fill(reason)
    await saveDraft(approverPage)
    await shot(approverPage, '05-approver-returned')
    await approverPage.goto(`${ADMIN}/admin`)

    // The editor sees the reason in the list and on the document, fixes the value and resubmits.
    await editorPage.goto(`${ADMIN}/admin/collections/kpis`)
    await expect.poll(() => editorPage.locator('body').innerText(), SLOW).toContain(reason)
    await shot(editorPage, '06-editor-list-with-reason')
    await expectOfficeJapanese(editorPage)
    await openDoc(editorPage, docUrl)
    await expect.poll(() => editorPage.locator('#field-returnReason').inputValue(), SLOW).toBe(reason)
    expect(await editorPage.getByTestId('approval-history').innerText()).toContain(reason)
    await shot(editorPage, '07-editor-sees-reason')
    await editorPage.locator(`input[name="actuals.${row}.value"]`).fill('298')
    await chooseWorkflow(editorPage, '承認依頼中')
    await saveDraft(editorPage)
    await editorPage.goto(`${ADMIN}/admin`)

    // The approver publishes; the site shows the value.
    await openDoc(approverPage, docUrl)
    await expect.poll(() => approverPage.locator(`input[name="actuals.${row}.value"]`).inputValue(), SLOW).toBe('298')
    await approverPage.getByRole('button', { name: '変更内容を公開' }).click()
    let html = ''
    await expect
      .poll(async () => (html = await sitePage('/kpis/kanko-kyaku/')), { timeout: 600_000, interval: 1000 }) // a whole publish, on a busy machine
      .toContain('平成30年度（2018年度）')
    expect(html).toContain('298')
    // the value staff typed is the city's own, so its table row carries no サンプル badge.
    const rowHtml = html.match(/<tr[^>]*><th scope="row">平成30年度（2018年度）<\/th>[\s\S]*?<\/tr>/)?.[0] ?? ''
    expect(rowHtml).toContain('298')
    expect(rowHtml).not.toContain('data-sample')
    expect(rowHtml).not.toContain('サンプル')
    await approverPage.goto(docUrl)
    const history = await approverPage.getByTestId('approval-history').innerText()
    for (const step of ['承認依頼', '差戻し', '承認・公開']) expect(history).toContain(step)
    await shot(approverPage, '08-approver-published-history')

    // The publish history with 今すぐ公開 (admins only): the approver sees the history but not the button.
    await approverPage.goto(`${ADMIN}/admin/collections/site-publishes`)
    await expect.poll(() => approverPage.locator('body').innerText(), SLOW).toContain('公開: 指標（KPI・数値目標） kanko-kyaku')
    expect(await approverPage.getByRole('button', { name: '今すぐ公開' }).count()).toBe(0)
    await shot(approverPage, '09-publish-history')
    await expectOfficeJapanese(approverPage)
  })

  it('shows a refusal that still happens (a direct API call) with the server’s reason, not "An unknown error occurred."', async () => {
    const { id } = await kpi()
    const { status, body } = await api<{ errors: Array<{ message: string }> }>(`/api/kpis/${id}`, {
      method: 'PATCH',
      token: await tokenOf(editor),
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(status).toBe(403)
    expect(body.errors[0].message).toMatch(/^公開できません: 公開は承認者のみが行えます。/)
  })

  it('gives admins a clear 今すぐ公開 that rebuilds the site', async () => {
    const page = await signIn(administrator)
    const button = page.getByRole('button', { name: '今すぐ公開' })
    await button.click()
    await expect.poll(() => page.getByText('公開を依頼しました。').count(), SLOW).toBeGreaterThan(0)
    await shot(page, '12-admin-publish-now')
    const token = await tokenOf(administrator)
    await expect
      .poll(
        async () => (await api<{ docs: Array<{ reason: string; status: string }> }>('/api/site-publishes?sort=-createdAt&limit=1', { token })).body.docs[0],
        {
          timeout: 180_000,
          interval: 1000,
        },
      )
      .toMatchObject({ reason: '管理者による手動公開', status: 'succeeded' })
  })

  it('reads well in the English admin too', async () => {
    const page = await signIn(approver, 'en')
    const text = await page.locator('body').innerText()
    expect(text).toContain('Awaiting approval')
    expect(text).toContain('The live site is up to date')
    await shot(page, '10-approver-dashboard-en')
    const { id } = await kpi()
    await page.goto(`${ADMIN}/admin/collections/kpis/${id}`)
    await page.getByRole('button', { name: 'Publish changes' }).waitFor()
    const edit = await page.locator('body').innerText()
    expect(edit).toContain('Approval history')
    await shot(page, '11-approver-kpi-en')
  })
})
