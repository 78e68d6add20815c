import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../lib/chromium.ts'

/**
 * The whole publishing flow on real parts: the built admin (next start) on a fresh SQLite database, its job runner,
 * the real site build and checks, the static server, and Debian's Chromium.
 */
const root = mkdtempSync(path.join(tmpdir(), 'keikaku-publish-'))
const snapshotDir = path.join(root, 'snapshot')
const siteRoot = path.join(root, 'site')
import { freePort } from '../lib/free-port.ts'
import { withoutRuby } from '@keikaku/test-support/ruby'
import { formatFileSize } from '../../site/src/lib/format.ts'
import { BUILD_STATE_DIR, SEARCH_DOCS_DIR } from '../../site/src/lib/incremental.ts'
import { pagePaths } from '../lib/deploy/a11y.ts'

const ADMIN_PORT = await freePort()
const SITE_PORT = await freePort()
const ADMIN = `http://localhost:${ADMIN_PORT}`
const SITE = `http://localhost:${SITE_PORT}`
const approver = { email: 'approver@example.jp', password: 'approver passphrase 2026' }
Object.assign(process.env, {
  DATABASE_URI: `file:${path.join(root, 'cms.db')}`,
  KEIKAKU_MEDIA_DIR: path.join(root, 'media'),
  KEIKAKU_SITE_ROOT: siteRoot,
  // Its own publish work folders: files run side by side, and an admin's start clears what it finds there.
  KEIKAKU_PUBLISH_WORK_DIR: path.join(root, 'publish'),
  KEIKAKU_PREVIEW_URL: `${SITE}/preview`,
})

let admin: import('../lib/cms.ts').AdminProcess
let startAdmin: typeof import('../lib/cms.ts').startAdmin
let server: Server
let browser: Browser
let releases: import('../lib/deploy/releases.ts').Releases
let publishSnapshot: typeof import('../lib/deploy/publish.ts').publishSnapshot
type AfterSwitch = import('../lib/deploy/publish.ts').AfterSwitch

/** A PDF's text, as poppler's pdftotext reads it. */
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })

beforeAll(async () => {
  const cms = await import('../lib/cms.ts')
  const { buildAdminIfNeeded, prepareDatabase, withCms } = cms
  startAdmin = cms.startAdmin
  const { exportTo } = await import('../lib/pipeline.ts')
  ;({ publishSnapshot } = await import('../lib/deploy/publish.ts'))
  const { Releases } = await import('../lib/deploy/releases.ts')
  const { serveSite, previewsDirOf } = await import('../lib/serve.ts')
  await withCms(async (payload) => {
    await prepareDatabase(payload)
    await payload.create({ collection: 'users', data: { ...approver, role: 'approver' }, overrideAccess: true })
    await exportTo(payload, snapshotDir)
  })
  await publishSnapshot(snapshotDir, { root: siteRoot })
  releases = new Releases(siteRoot)
  await buildAdminIfNeeded()
  admin = await startAdmin(ADMIN_PORT, { KEIKAKU_RUN_JOBS: '1' })
  server = await serveSite({ liveDir: releases.liveLink, previewsDir: previewsDirOf(siteRoot), port: SITE_PORT })
  browser = await launchBrowser()
})

/** A browser page logged into the admin as the approver, through the Japanese login form. */
async function adminPage() {
  const page = await browser.newPage()
  await page.goto(`${ADMIN}/admin/login`)
  await page.locator('#field-email').fill(approver.email)
  await page.locator('#field-password').fill(approver.password)
  await page.getByRole('button', { name: 'ログイン' }).click()
  await page.waitForURL(/\/admin\/?$/)
  return page
}

afterAll(async () => {
  await browser?.close()
  server?.close()
  admin?.stop()
  rmSync(root, { recursive: true, force: true })
})

async function api<T = Record<string, unknown>>(pathname: string, init: RequestInit & { token?: string } = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${ADMIN}${pathname}`, {
    ...init,
    redirect: 'manual',
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `JWT ${init.token}` } : {}), ...init.headers },
  })
  const text = await response.text()
  return { status: response.status, body: (text.startsWith('{') ? JSON.parse(text) : { text, location: response.headers.get('location') }) as T }
}

async function login(): Promise<string> {
  const { body } = await api<{ token: string }>('/api/users/login', { method: 'POST', body: JSON.stringify(approver) })
  return body.token
}

async function goal(key: string) {
  const { body } = await api<{ docs: Array<{ id: number; title: string }> }>(`/api/goals?where[key][equals]=${key}&depth=0`)
  return body.docs[0]
}

/** Polls until `check` is true; returns seconds waited. */
async function waitFor(what: string, check: () => Promise<boolean>, seconds = 300): Promise<number> {
  const started = performance.now()
  while (performance.now() - started < seconds * 1000) {
    if (await check()) return (performance.now() - started) / 1000
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`Timed out after ${seconds} s waiting for ${what}`)
}

/** A served page as read with furigana off (pages carry hidden ruby). */
const sitePage = async (pathname: string) => withoutRuby(await (await fetch(`${SITE}${pathname}`)).text())

describe('publish from the CMS', () => {
  it('an approver changes a goal in the admin, publishes, and the served page shows it', async () => {
    const page = await adminPage()

    const { id } = await goal('goal-2-kasseika')
    await page.goto(`${ADMIN}/admin/collections/goals/${id}`)
    const newTitle = 'みんなが交流して地域が賑わう活力あるまち（改訂）'
    await page.locator('#field-title').fill(newTitle)
    const pressed = performance.now()
    await page.getByRole('button', { name: '変更内容を公開' }).click()

    await waitFor('the served goal page to show the new title', async () => (await sitePage('/goals/goal-2-kasseika/')).includes(newTitle))
    const latency = (performance.now() - pressed) / 1000
    console.log(`publish latency (publish pressed → changed page served): ${latency.toFixed(1)} s`)
    // The pages are live before the print editions that show the goal are printed; the publish ends after them.
    const token = await login()
    let publish: { status: string; reason: string; build: string; startedAt: string; liveAt: string; finishedAt: string } | undefined
    await waitFor('the publish to finish', async () => {
      const { body } = await api<{ docs: Array<typeof publish> }>('/api/site-publishes?sort=-createdAt&limit=1', { token })
      publish = body.docs[0]
      return publish?.status !== 'running'
    })
    expect(publish).toMatchObject({ status: 'succeeded', reason: '公開: まちづくりの目標 goal-2-kasseika', build: releases.live() })
    // The history has when the pages went live, before the PDFs were done.
    expect(publish!.startedAt < publish!.liveAt && publish!.liveAt < publish!.finishedAt).toBe(true)
    expect(pdfText(path.join(releases.liveLink, 'plans/sogo-keikaku/sogo-keikaku-gaiyou.pdf'))).toContain('（改訂）')
    // The audit report of this incremental publish names every page of the build, those it took over included, and
    // none of its redirects: as a reading of every file finds them.
    const report = JSON.parse(readFileSync(path.join(releases.liveLink, BUILD_STATE_DIR, 'a11y.json'), 'utf8')) as { pages: string[] }
    expect(report.pages).toEqual(pagePaths(releases.liveLink))
    await page.close()
  })

  it('invalid content makes the publish fail: the live site stays as it was and the admin shows the error', async () => {
    const token = await login()
    const liveBefore = releases.live()
    const pageBefore = await sitePage('/goals/goal-4-shizen/')
    // A goal published under a plan that was never published: the export refuses the dangling link.
    const { body: plan } = await api<{ doc: { id: number } }>('/api/plans?draft=true', {
      method: 'POST',
      token,
      body: JSON.stringify({ key: 'next-plan-draft', title: '次期総合計画（案）', shortTitle: '次期', kind: 'comprehensive', startFY: 2026, endFY: 2035 }),
    })
    const { id } = await goal('goal-4-shizen')
    const { status } = await api(`/api/goals/${id}`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ plan: plan.doc.id, _status: 'published' }),
    })
    expect(status).toBe(200)

    let failed: { status: string; error: string } | undefined
    await waitFor('the publish to fail', async () => {
      const { body } = await api<{ docs: Array<{ status: string; error: string }> }>('/api/site-publishes?sort=-createdAt&limit=1', { token })
      failed = body.docs[0]
      return failed?.status === 'failed'
    })
    expect(failed!.error).toContain('goals[key=goal-4-shizen].plan: refers to unknown plans "next-plan-draft" (not published, or deleted)')
    expect(releases.live()).toBe(liveBefore)
    expect(await sitePage('/goals/goal-4-shizen/')).toBe(pageBefore)

    const page = await adminPage()
    await page.goto(`${ADMIN}/admin/collections/site-publishes`)
    await expect.poll(() => page.getByTestId('publish-error').textContent()).toContain('refers to unknown plans')
    expect(await page.getByTestId('publish-freshness').textContent()).toContain('公開サイトは最新の公開内容より古いです')
    await page.close()

    // Mending the link publishes again, and the live site catches up.
    const { body: plans } = await api<{ docs: Array<{ id: number }> }>('/api/plans?where[key][equals]=sogo-keikaku&depth=0')
    await api(`/api/goals/${id}`, { method: 'PATCH', token, body: JSON.stringify({ plan: plans.docs[0].id, _status: 'published' }) })
    await waitFor('a successful publish', async () => {
      const { body } = await api<{ docs: Array<{ status: string }> }>('/api/site-publishes?sort=-createdAt&limit=1', { token })
      return body.docs[0]?.status === 'succeeded'
    })
    expect(releases.live()).not.toBe(liveBefore)
  })
})

describe('print editions of a publish', () => {
  it('go live after the pages, the previous PDFs standing in; a publish stopped before printing is mended by the next', async () => {
    const before = releases.live()!
    const changed = path.join(root, 'snapshot-kpi')
    cpSync(snapshotDir, changed, { recursive: true })
    const file = path.join(changed, 'kpis.json')
    const kpis = JSON.parse(readFileSync(file, 'utf8')) as Array<{ key: string; actuals: Array<{ value: number }>; definition: { ja: string } }>
    const kpi = kpis.find((k) => k.key === 'shinki-koyo')!
    kpi.actuals.at(-1)!.value = 98765
    // And a word that the search index reads (figures are not indexed).
    kpi.definition.ja += '（定義を改めました）'
    writeFileSync(file, JSON.stringify(kpis))
    const pdf = 'plans/sogo-senryaku/sogo-senryaku-kpi.pdf'
    const pdfLink = /sogo-senryaku-kpi\.pdf"[^>]*>[^<]*<\/a><span data-pdf-size="[^"]+" data-pagefind-ignore>（PDF、([^）]+)）/
    const sizeShown = async () => (await sitePage('/plans/sogo-senryaku/')).match(pdfLink)?.[1]

    // The first publish stops right after its switch (as a killed server would), before printing.
    const index = 'pagefind/pagefind-entry.json'
    let atSwitch: { build: string; pending: AfterSwitch; kpiPage: string; pdf: Buffer; size?: string; index: string } | undefined
    const stopped = publishSnapshot(changed, {
      root: siteRoot,
      onLive: async (build, pending) => {
        const served = Buffer.from(await (await fetch(`${SITE}/${pdf}`)).arrayBuffer())
        const entry = await (await fetch(`${SITE}/${index}`)).text()
        atSwitch = { build, pending, kpiPage: await sitePage('/kpis/shinki-koyo/'), pdf: served, size: await sizeShown(), index: entry }
        throw new Error('stopped after the switch')
      },
    })
    await expect(stopped).rejects.toThrow('stopped after the switch')
    // Live: the new figure is served; the KPI sheet is the previous release's and its link gives that file's size;
    // the search index is the previous release's.
    expect(releases.live()).toBe(atSwitch!.build)
    expect(atSwitch!.kpiPage).toContain('98,765')
    expect(atSwitch!.pending).toEqual({ searchIndex: true, pdfs: expect.arrayContaining([pdf]) })
    expect(atSwitch!.index).toBe(readFileSync(path.join(releases.dirOf(before), index), 'utf8'))
    expect(atSwitch!.pdf.equals(readFileSync(path.join(releases.dirOf(before), pdf)))).toBe(true)
    expect(atSwitch!.size).toBe(formatFileSize(atSwitch!.pdf.length, 'ja'))

    // The next publish, with nothing changed, still prints it (the live build's PDF is not its print page's) and
    // indexes the new figure.
    let intermediate = ''
    const result = await publishSnapshot(changed, { root: siteRoot, onLive: (build) => void (intermediate = build) })
    expect(result.afterSwitch?.pdfs).toContain(pdf)
    expect(readFileSync(path.join(releases.liveLink, index), 'utf8')).not.toBe(atSwitch!.index)
    // The search documents are written with the index, after the switch, and kept for the next publish to link.
    expect(existsSync(path.join(releases.liveLink, SEARCH_DOCS_DIR, 'kpis/shinki-koyo/index.html'))).toBe(true)
    expect(result.seconds.live).toBeLessThan(result.seconds.total)
    expect(releases.live()).toBe(result.build)
    const printed = readFileSync(path.join(releases.liveLink, pdf))
    expect(pdfText(path.join(releases.liveLink, pdf))).toContain('98,765')
    expect(await sizeShown()).toBe(formatFileSize(printed.length, 'ja'))
    // The build that stood in is replaced: a rollback returns to the release before that publish.
    expect(releases.list()).not.toContain(intermediate)
    expect(releases.previous()).toBe(atSwitch!.build)
  })
})

describe('publishing after a stop mid-build', () => {
  it('a server killed while it builds leaves nothing stuck: after a restart the next publish goes live', async () => {
    const token = await login()
    const { id } = await goal('goal-3-ninaite')
    await api(`/api/goals/${id}`, { method: 'PATCH', token, body: JSON.stringify({ title: '中断される公開', _status: 'published' }) })
    let interrupted = ''
    await waitFor('the publish to start building', async () => {
      const { body } = await api<{ docs: Array<{ id: number; status: string }> }>('/api/site-publishes?sort=-createdAt&limit=1', { token })
      interrupted = String(body.docs[0]?.id)
      return body.docs[0]?.status === 'running' && existsSync(path.join(process.env.KEIKAKU_PUBLISH_WORK_DIR!, `publish-${interrupted}`, 'runner.pid'))
    })
    const builder = Number(readFileSync(path.join(process.env.KEIKAKU_PUBLISH_WORK_DIR!, `publish-${interrupted}`, 'runner.pid'), 'utf8'))
    // The hardest stop: no handler runs, and the detached build is left behind.
    process.kill(-admin.child.pid!, 'SIGKILL')
    admin = await startAdmin(ADMIN_PORT, { KEIKAKU_RUN_JOBS: '1' })

    const fresh = await login()
    const title = '再起動後の公開'
    await api(`/api/goals/${id}`, { method: 'PATCH', token: fresh, body: JSON.stringify({ title, _status: 'published' }) })
    await waitFor('the served page to show the change published after the restart', async () => (await sitePage('/goals/goal-3-ninaite/')).includes(title))
    const { body: row } = await api<{ status: string; error: string }>(`/api/site-publishes/${interrupted}`, { token: fresh })
    expect(row.status).toBe('interrupted')
    expect(row.error).toContain('中断されました')
    expect(() => process.kill(builder, 0)).toThrow()
  })
})

describe('draft preview', () => {
  it('renders a draft with the site’s own components, without publishing it', async () => {
    const token = await login()
    const { id } = await goal('goal-5-anshin')
    const draftTitle = 'みんなが安心して暮らせる笑顔あふれるまち（下書き）'
    await api(`/api/goals/${id}?draft=true`, { method: 'PATCH', token, body: JSON.stringify({ title: draftTitle }) })
    const { status, body } = await api<{ location: string }>(`/api/preview/goals/${id}`, { token })
    expect(status).toBe(302)
    expect(body.location).toMatch(new RegExp(`^${SITE}/preview/[0-9a-f]{32}/goals/goal-5-anshin/$`))
    const preview = withoutRuby(await (await fetch(body.location)).text())
    expect(preview).toContain(draftTitle)
    expect(preview).toContain('下書きのプレビュー（公開されていません）')
    expect(preview).toContain('<meta name="robots" content="noindex,nofollow">')
    expect(await sitePage('/goals/goal-5-anshin/')).not.toContain(draftTitle)
  })

  it('shows what an incomplete draft still lacks', async () => {
    const token = await login()
    const { id } = await goal('goal-1-miryoku')
    await api(`/api/goals/${id}?draft=true`, { method: 'PATCH', token, body: JSON.stringify({ title: '' }) })
    const { status, body } = await api<{ text: string }>(`/api/preview/goals/${id}`, { token })
    expect(status).toBe(422)
    expect(body.text).toContain('この下書きはまだ表示できません')
    expect(body.text).toContain('<strong>名称（日本語）</strong>: 入力されていません')
    expect(body.text).toContain(`href="/admin/collections/goals/${id}"`)
  })

  it('is refused without login', async () => {
    expect((await api('/api/preview/goals/1')).status).toBe(401)
  })
})

describe('REST and GraphQL API', () => {
  it('answers a bad KPI value with a JSON error naming the field, in Japanese', async () => {
    const token = await login()
    const { body: list } = await api<{ docs: Array<{ id: number; actuals: object[] }> }>('/api/kpis?where[key][equals]=taiki-jido&depth=0', { token })
    const kpi = list.docs[0]
    const { status, body } = await api<{ errors: Array<{ data: { errors: Array<{ path: string; message: string }> } }> }>(`/api/kpis/${kpi.id}`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ actuals: [...kpi.actuals, { fiscalYear: 2030, value: 1, status: 'final' }] }),
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toContainEqual({
      label: expect.anything(),
      path: 'actuals.4.fiscalYear',
      message: '実績値の年度（2030年度）が計画期間（2015〜2025年度）の外です。',
    })
  })

  it('serves published goals to anonymous GraphQL readers', async () => {
    const { body } = await api<{ data: { Goals: { docs: Array<{ key: string; title: string }> } } }>('/api/graphql', {
      method: 'POST',
      body: JSON.stringify({ query: '{ Goals(sort: "order", limit: 10) { docs { key title } } }' }),
    })
    expect(body.data.Goals.docs.map((g) => g.key)).toContain('goal-3-ninaite')
  })
})
