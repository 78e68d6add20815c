import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { convertWithLibreOffice } from '../../cms/test/libreoffice.ts'
import { launchBrowser } from '../lib/chromium.ts'
import { freePort } from '../lib/free-port.ts'
import { withoutRuby } from '@keikaku/test-support/ruby'

/**
 * The yearly report on real parts: the built admin (next start) on a fresh SQLite database with its job runner, the
 * real site build, LibreOffice filling in the sheet, and Debian's Chromium.
 */
const root = mkdtempSync(path.join(tmpdir(), 'keikaku-kpi-sheets-'))
const ADMIN_PORT = await freePort()
const SITE_PORT = await freePort()
const ADMIN = `http://localhost:${ADMIN_PORT}`
const SITE = `http://localhost:${SITE_PORT}`
/** A 部署担当 of 商工労働部, whose KPI is shinki-koyo (新規雇用者数). */
const departmentEditor = { email: 'shoko-rodo@example.jp', password: 'department passphrase 2026' }
const approver = { email: 'approver@example.jp', password: 'approver passphrase 2026' }
Object.assign(process.env, {
  DATABASE_URI: `file:${path.join(root, 'cms.db')}`,
  KEIKAKU_MEDIA_DIR: path.join(root, 'media'),
  KEIKAKU_SITE_ROOT: path.join(root, 'site'),
  // Its own publish work folders: files run side by side, and an admin's start clears what it finds there.
  KEIKAKU_PUBLISH_WORK_DIR: path.join(root, 'publish'),
  KEIKAKU_PREVIEW_URL: `${SITE}/preview`,
})

let admin: import('../lib/cms.ts').AdminProcess
let server: Server
let browser: Browser

beforeAll(async () => {
  const { buildAdminIfNeeded, prepareDatabase, startAdmin, withCms } = await import('../lib/cms.ts')
  const { exportTo } = await import('../lib/pipeline.ts')
  const { publishSnapshot } = await import('../lib/deploy/publish.ts')
  const { Releases } = await import('../lib/deploy/releases.ts')
  const { serveSite } = await import('../lib/serve.ts')
  const siteRoot = process.env.KEIKAKU_SITE_ROOT!
  const snapshotDir = path.join(root, 'snapshot')
  await withCms(async (payload) => {
    await prepareDatabase(payload)
    const { docs: departments } = await payload.find({ collection: 'departments', where: { key: { equals: 'shoko-rodo' } }, overrideAccess: true })
    await payload.create({
      collection: 'users',
      data: { ...departmentEditor, role: 'department-editor', departments: [departments[0].id] },
      overrideAccess: true,
    })
    await payload.create({ collection: 'users', data: { ...approver, role: 'approver' }, overrideAccess: true })
    await exportTo(payload, snapshotDir)
  })
  await publishSnapshot(snapshotDir, { root: siteRoot })
  await buildAdminIfNeeded()
  admin = await startAdmin(ADMIN_PORT, { KEIKAKU_RUN_JOBS: '1' })
  server = await serveSite({ liveDir: new Releases(siteRoot).liveLink, port: SITE_PORT })
  browser = await launchBrowser()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  server?.close()
  admin?.stop()
  rmSync(root, { recursive: true, force: true })
})

async function adminPage(user: { email: string; password: string }) {
  const page = await browser.newPage({ acceptDownloads: true })
  await page.goto(`${ADMIN}/admin/login`)
  await page.locator('#field-email').fill(user.email)
  await page.locator('#field-password').fill(user.password)
  await page.getByRole('button', { name: 'ログイン' }).click()
  await page.waitForURL(/\/admin\/?$/)
  return page
}

async function waitFor(what: string, check: () => Promise<boolean>, seconds = 300): Promise<void> {
  const started = performance.now()
  while (performance.now() - started < seconds * 1000) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`Timed out after ${seconds} s waiting for ${what}`)
}

describe('the yearly KPI report through the admin', () => {
  it('a 部署担当 downloads the sheet, fills it in with LibreOffice, uploads it; the approver publishes from the queue; the KPI and progress pages show it', async () => {
    const page = await adminPage(departmentEditor)
    await page.goto(`${ADMIN}/admin/collections/kpis`)
    // The list holds their department's KPIs only.
    await expect.poll(() => page.locator('body').textContent(), { timeout: 30_000 }).toContain('新規雇用者数（累計）')
    expect(await page.locator('body').textContent()).not.toContain('観光客入込数')
    await page.getByLabel('報告する年度（西暦・任意）').fill('2019')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '書き出し（Excel）' }).click()])
    const exported = path.join(root, 'exported', 'kpis-2019.xlsx')
    await download.saveAs(exported)

    // The department opens the workbook, types the figure the Japanese way in the empty 2019 row, and saves it.
    await convertWithLibreOffice([exported], 'utf8Csv', path.join(root, 'as-csv'))
    const rows = parse(readFileSync(path.join(root, 'as-csv', 'kpis-2019.csv'), 'utf8'), { bom: true }) as string[][]
    const [header] = rows
    const col = (name: string) => header.indexOf(name)
    // The sheet holds only the KPIs of their department.
    expect(new Set(rows.slice(1).map((r) => r[col('kpi_key')]))).toEqual(new Set(['shinki-koyo']))
    const empty = rows.find((r) => r[col('kpi_key')] === 'shinki-koyo' && r[col('value_type')] === 'actual' && r[col('fiscal_year')] === '2019')
    expect(empty?.[col('value')]).toBe('')
    empty![col('value')] = '５４３'
    empty![col('status')] = '確定値'
    const filledCsv = path.join(root, 'filled', 'kpis-2019.csv')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(path.dirname(filledCsv), { recursive: true })
    writeFileSync(filledCsv, stringify(rows))
    await convertWithLibreOffice([filledCsv], 'xlsx', path.join(root, 'upload'))

    await page.locator('input[name="kpiSheetFile"]').setInputFiles(path.join(root, 'upload', 'kpis-2019.xlsx'))
    await page.getByRole('button', { name: '内容を確認' }).click()
    const preview = page.getByTestId('kpi-sheet-preview')
    await expect.poll(() => preview.textContent(), { timeout: 60_000 }).toContain('shinki-koyo 2019年度: 新規 / new → 543（確定値）')
    expect(await preview.textContent()).toContain('変更 1 件 / 1 change')
    expect(await page.getByRole('button', { name: '取り込んで公開' }).count()).toBe(0)
    await page.getByRole('button', { name: '承認依頼として保存' }).click()
    await expect.poll(() => page.getByTestId('kpi-sheet-result').textContent(), { timeout: 60_000 }).toContain('取り込みました')
    await page.close()

    // The approver finds the submitted draft in the queue on the dashboard and publishes it.
    const approverPage = await adminPage(approver)
    await approverPage.getByTestId('approval-queue').getByRole('link', { name: '新規雇用者数（累計）' }).click()
    await approverPage.waitForURL(/\/admin\/collections\/kpis\/\d+/)
    expect(await approverPage.locator('body').textContent()).toContain('承認依頼中')
    await approverPage.getByRole('button', { name: '変更内容を公開' }).click()
    await waitFor('the KPI page to show the reported figure', async () => {
      const html = withoutRuby(await (await fetch(`${SITE}/kpis/shinki-koyo/`)).text())
      return html.includes('543')
    })
    const progress = withoutRuby(await (await fetch(`${SITE}/plans/sogo-senryaku/progress/`)).text())
    expect(progress).toMatch(/新規雇用者数（累計）[\s\S]*543/)
    await approverPage.close()
  }, 600_000)
})
