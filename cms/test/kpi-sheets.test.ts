import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { KPI_SHEET_COLUMNS } from '@keikaku/content-schemas'
import { stringify } from 'csv-stringify/sync'
import { createLocalReq, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyKpiSheetChanges, exportKpiSheetRows, readSheetFile, writeSheet } from '../src/kpi-sheets/index.ts'
import { decodeCsv } from '../src/kpi-sheets/files.ts'
import { runKpiImport } from '../src/kpi-sheets/run.ts'
import { readDrafts, saveDrafts } from '../src/kpi-sheets/saveDrafts.ts'
import { makeUser, rejection, useCms } from './cms.ts'
import { convertWithLibreOffice } from './libreoffice.ts'

const cms = useCms()
let dir: string
type User = Awaited<ReturnType<typeof makeUser>>
const users = {} as Record<'admin' | 'approver' | 'editor' | 'viewer', User>

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kpi-sheets-'))
  for (const role of ['admin', 'approver', 'editor', 'viewer'] as const) users[role] = await makeUser(cms.payload, role)
  // The department's filled-in sheet, saved by a real spreadsheet program as XLSX and as Shift_JIS CSV.
  const source = path.join(dir, 'filled.csv')
  writeFileSync(source, stringify(FILLED))
  await convertWithLibreOffice([source], 'xlsx', path.join(dir, 'xlsx'))
  await convertWithLibreOffice([source], 'shiftJisCsv', path.join(dir, 'sjis'))
}, 180_000)
const filledXlsx = () => readFileSync(path.join(dir, 'xlsx', 'filled.xlsx'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const kpi = async (key: string, draft = true) => {
  const { docs } = await cms.payload.find({ collection: 'kpis', where: { key: { equals: key } }, draft, depth: 0, locale: 'ja', overrideAccess: true })
  return docs[0]
}
const actual = (doc: Awaited<ReturnType<typeof kpi>>, fy: number) => doc.actuals?.find((a) => a.fiscalYear === fy)

/** A sheet as a department fills it in, with the columns in another order and numbers typed the Japanese way. */
const FILLED = [
  ['fiscal_year', 'value', 'kpi_key', 'value_type', 'status', 'note_ja', 'source_ja', 'updated_date', 'sample', '担当メモ'],
  ['2018', '４１５', 'shinki-koyo', 'actual', 'final', '', '（サンプル）市調べ', '2024-05-01', 'true', '確定しました'],
  ['2019', '1,234', 'shinki-koyo', 'actual', '速報値', '一関市調べ', '', '2024-05-01', 'FALSE', ''],
  ['2017', ' 290 ', 'kanko-kyaku', 'actual', 'final', '', '（サンプル）市調べ', '', '', ''],
]

describe('KPI sheet export', () => {
  it('writes the open-data columns as CSV (BOM, CRLF) and XLSX (numbers as numeric cells), with a row to fill in', async () => {
    const rows = await exportKpiSheetRows(cms.payload, { plan: 'sogo-senryaku', fiscalYear: 2019 })
    const csv = await writeSheet(rows, 'csv')
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = csv.toString('utf8').slice(1)
    expect(text.split('\r\n')[0]).toBe(KPI_SHEET_COLUMNS.join(','))
    expect(text).toContain(
      '\r\n032093,shinki-koyo,新規雇用者数（累計）,New jobs created (cumulative),numeric-target,actual,2019,,人,people,higher,,,,商工労働部,',
    )
    expect(rows.every((r) => r.plans.toString().includes('sogo-senryaku'))).toBe(true)
    expect(rows.some((r) => r.kpi_key === 'ilc-event-sankasha')).toBe(false)

    const xlsx = await writeSheet(rows, 'xlsx')
    const cells = await readSheetFile(xlsx)
    expect(cells[0]).toEqual([...KPI_SHEET_COLUMNS])
    const col = (name: (typeof KPI_SHEET_COLUMNS)[number]) => KPI_SHEET_COLUMNS.indexOf(name)
    const koyo2018 = cells.find((r) => r[col('kpi_key')] === 'shinki-koyo' && r[col('value_type')] === 'actual' && r[col('fiscal_year')] === 2018)
    expect(koyo2018?.[col('value')]).toBe(410)
    expect(cells.length).toBe(rows.length + 1)
  })

  it('filters by department key, and names the keys when one is unknown', async () => {
    const rows = await exportKpiSheetRows(cms.payload, { department: 'shoko-rodo' })
    expect(new Set(rows.map((r) => r.kpi_key))).toEqual(new Set(['shinki-koyo']))
    expect(new Set(rows.map((r) => r.department_ja))).toEqual(new Set(['商工労働部']))
    const error = await rejection(exportKpiSheetRows(cms.payload, { department: '商工労働部' }))
    expect(error.message).toMatch(/^担当部署「商工労働部」がありません（machizukuri-suishin, shoko-rodo, .*） \/ no department "商工労働部"/)
  })

  it('gives a 部署担当 only the KPIs of their departments', async () => {
    const dept = await makeUser(cms.payload, 'department-editor', { departments: ['shoko-rodo'] })
    const rows = await exportKpiSheetRows(cms.payload, { user: dept })
    expect(new Set(rows.map((r) => r.kpi_key))).toEqual(new Set(['shinki-koyo']))
  })
})

describe('reading sheets saved by a spreadsheet program', () => {
  it('reads LibreOffice XLSX (numeric, date and boolean cells), Shift_JIS CSV and UTF-8 CSV alike', async () => {
    const xlsx = await readSheetFile(filledXlsx())
    expect(xlsx[1].slice(0, 4)).toEqual([2018, '４１５', 'shinki-koyo', 'actual'])
    expect(xlsx[2][1]).toBe(1234)
    expect(xlsx[1][7]).toEqual(new Date('2024-05-01T00:00:00Z'))
    expect(xlsx[1][8]).toBe(true)
    expect(xlsx[2][8]).toBe(false)

    const sjisBytes = readFileSync(path.join(dir, 'sjis', 'filled.csv'))
    expect(decodeCsv(sjisBytes).encoding).toBe('shift_jis')
    const sjis = await readSheetFile(sjisBytes)
    // LibreOffice recognises the boolean on the way in and writes it back as TRUE, as Excel does.
    expect(sjis[1]).toEqual([...FILLED[1].slice(0, 8), 'TRUE', '確定しました'])
    expect(sjis[3][9]).toBe('')

    const utf8 = await readSheetFile(Buffer.from(stringify(FILLED)))
    const utf8Bom = await readSheetFile(Buffer.from('\uFEFF' + stringify(FILLED)))
    expect(utf8).toEqual(FILLED)
    expect(utf8Bom).toEqual(FILLED)
  })
})

describe('KPI sheet import', () => {
  it('lists all problems by row and column, exits with failure and applies nothing', async () => {
    const bad = stringify([
      ['kpi_key', 'value_type', 'fiscal_year', 'value'],
      ['shinki-koyo', 'actual', 2019, 'たくさん'],
      ['no-such-kpi', 'actual', 2019, 1],
      ['shinki-koyo', 'actual', 2019, 2],
      ['shinki-koyo', 'actual', 2030, 2],
    ])
    const run = await runKpiImport(cms.payload, Buffer.from(bad), { userEmail: users.editor.email })
    expect(run.ok).toBe(false)
    expect(run.lines).toEqual([
      '2行目 value: 数値ではありません / row 2 value: not a number',
      '3行目 kpi_key: 指標「no-such-kpi」がありません / row 3 kpi_key: no KPI "no-such-kpi"',
      '4行目 fiscal_year: 2行目と同じ指標・種類・年度です / row 4 fiscal_year: same KPI, value type and fiscal year as row 2',
      '5行目 fiscal_year: 実績値の年度（2030年度）が計画期間（2015〜2025年度）の外です。 / row 5 fiscal_year: Actual: fiscal year 2030 is outside the plan period FY2015–FY2025.',
      '問題 4 件: 何も反映していません / 4 problem(s): nothing applied',
    ])
    expect(actual(await kpi('shinki-koyo'), 2019)).toBeUndefined()
  })

  it('a dry run lists the changes and applies nothing', async () => {
    const run = await runKpiImport(cms.payload, filledXlsx(), { dryRun: true, userEmail: users.editor.email })
    expect(run.lines).toEqual([
      'shinki-koyo 2018年度: 410 → 415、区分 速報値 → 確定値',
      'shinki-koyo 2019年度: 新規 / new → 1,234（速報値）',
      '変更 2 件 / 2 changes',
      '試行のみ: 反映していません / dry run: nothing applied',
    ])
    expect(actual(await kpi('shinki-koyo'), 2019)).toBeUndefined()
  })

  it('saves the changes as drafts submitted for approval by the user; the published figures stay; a second run changes nothing', async () => {
    const bytes = filledXlsx()
    const run = await runKpiImport(cms.payload, bytes, { userEmail: users.editor.email })
    expect(run).toMatchObject({ ok: true, applied: 2 })
    expect(run.lines.at(-1)).toBe(
      `承認依頼中の下書きとして保存しました（${users.editor.email}） / saved as drafts submitted for approval (${users.editor.email})`,
    )

    const draft = await kpi('shinki-koyo')
    expect(draft).toMatchObject({ _status: 'draft', workflow: 'submitted', updatedBy: users.editor.id })
    expect(actual(draft, 2019)).toMatchObject({ value: 1234, status: 'preliminary', note: '一関市調べ', source: null })
    expect(actual(draft, 2018)).toMatchObject({ value: 415, status: 'final', source: '（サンプル）市調べ' })
    expect(actual(await kpi('shinki-koyo', false), 2018)?.value).toBe(410)
    expect((await kpi('kanko-kyaku')).workflow).not.toBe('submitted')

    const again = await runKpiImport(cms.payload, bytes, { userEmail: users.editor.email })
    expect(again).toMatchObject({ ok: true, applied: 0, lines: ['変更 0 件 / 0 changes'] })
  })

  it('publishes with --publish for approvers only', async () => {
    const sheet = Buffer.from(
      stringify([
        ['kpi_key', 'value_type', 'fiscal_year', 'value'],
        ['kanko-kyaku', 'actual', 2018, '２９５'],
      ]),
    )
    const refused = await rejection(runKpiImport(cms.payload, sheet, { publish: true, userEmail: users.editor.email }))
    expect(refused.message).toMatch(/^公開できません/)
    expect(actual(await kpi('kanko-kyaku'), 2018)).toBeUndefined()

    const run = await runKpiImport(cms.payload, sheet, { publish: true, userEmail: users.approver.email })
    expect(run.ok).toBe(true)
    const live = await kpi('kanko-kyaku', false)
    expect(live).toMatchObject({ _status: 'published', approvedBy: users.approver.id })
    expect(actual(live, 2018)?.value).toBe(295)
  })

  it('refuses a viewer, naming each row', async () => {
    const sheet = Buffer.from(
      stringify([
        ['kpi_key', 'value_type', 'fiscal_year', 'value'],
        ['kanko-kyaku', 'actual', 2018, 1],
      ]),
    )
    const run = await runKpiImport(cms.payload, sheet, { userEmail: users.viewer.email })
    expect(run.ok).toBe(false)
    expect(run.lines[0]).toMatch(/^2行目 kpi_key: /)
  })

  it('refuses a 部署担当 the rows of another department’s KPIs, naming row and column, and applies nothing', async () => {
    const dept = await makeUser(cms.payload, 'department-editor', { departments: ['shoko-rodo'] })
    const before = actual(await kpi('kanko-kyaku'), 2016)?.value
    const sheet = Buffer.from(
      stringify([
        ['kpi_key', 'value_type', 'fiscal_year', 'value'],
        ['shinki-koyo', 'actual', 2018, 420],
        ['kanko-kyaku', 'actual', 2016, 999],
      ]),
    )
    const run = await runKpiImport(cms.payload, sheet, { userEmail: dept.email })
    expect(run.ok).toBe(false)
    expect(run.lines).toEqual([
      '3行目 kpi_key: 指標「kanko-kyaku」は担当部署の指標ではありません / row 3 kpi_key: KPI "kanko-kyaku" belongs to another department',
      '問題 1 件: 何も反映していません / 1 problem(s): nothing applied',
    ])
    expect(actual(await kpi('kanko-kyaku'), 2016)?.value).toBe(before)
    expect(actual(await kpi('shinki-koyo'), 2018)?.value).not.toBe(420)

    const own = await runKpiImport(
      cms.payload,
      Buffer.from(
        stringify([
          ['kpi_key', 'value_type', 'fiscal_year', 'value'],
          ['shinki-koyo', 'actual', 2018, 420],
        ]),
      ),
      {
        userEmail: dept.email,
      },
    )
    expect(own.ok).toBe(true)
    expect(await kpi('shinki-koyo')).toMatchObject({ workflow: 'submitted', updatedBy: dept.id })
    expect(actual(await kpi('shinki-koyo'), 2018)?.value).toBe(420)
  })

  it('writes each draft as Payload’s own update writes it (hooks, locales, sample flags, attribution, version flags)', async () => {
    const original = await kpi('kanko-kyaku')
    const changed = original.actuals!.map((a, i) => (i === 0 ? { ...a, value: a.value + 1, source: '一関市調べ' } : a))
    const data = { actuals: [...changed, { fiscalYear: 2024, value: 1, status: 'preliminary' as const, note: '速報' }], workflow: 'submitted' as const }
    // Each way in its own transaction, rolled back, so both start from the same document.
    const written = async (save: (req: PayloadRequest) => Promise<unknown>) => {
      const req = await createLocalReq({ user: { ...users.editor, collection: 'users' }, locale: 'ja' }, cms.payload)
      await initTransaction(req)
      try {
        await save(req)
        const { docs } = await cms.payload.db.findVersions({
          collection: 'kpis',
          where: { parent: { equals: original.id } },
          sort: '-updatedAt',
          pagination: false,
          req,
        })
        const events = await cms.payload.find({
          collection: 'approval-events',
          where: { documentId: { equals: String(original.id) } },
          sort: '-createdAt',
          limit: 1,
          req,
        })
        const [latest, previous] = docs
        const version = JSON.parse(JSON.stringify(latest.version), (key, value) => (key === 'updatedAt' ? undefined : value))
        // New rows get new ids either way.
        for (const row of version.actuals) if (!original.actuals!.some((a) => a.id === row.id)) row.id = 'new'
        return { version, latest: latest.latest, previousLatest: previous.latest, event: events.docs[0]?.action, count: docs.length }
      } finally {
        await killTransaction(req)
      }
    }
    const byPayload = await written((req) =>
      cms.payload.update({ collection: 'kpis', id: original.id, data, draft: true, locale: 'ja', user: req.user, overrideAccess: false, req }),
    )
    const bySaveDrafts = await written(async (req) =>
      saveDrafts(req, 'kpis', [{ original: (await readDrafts(req, 'kpis', { id: { equals: original.id } }))[0], data }]),
    )
    expect(bySaveDrafts).toEqual(byPayload)
    expect(byPayload).toMatchObject({ latest: true, previousLatest: false, event: 'submitted' })
    expect(byPayload.version).toMatchObject({ _status: 'draft', workflow: 'submitted', updatedBy: users.editor.id })
    expect(byPayload.version.name).toEqual({ ja: original.name, en: expect.any(String) })
  })

  it('applies in one transaction: a failure on the second KPI leaves the first unchanged', async () => {
    const after = { fiscalYear: 2019, value: 7, status: 'final' as const, note: null, source: null }
    const error = await rejection(
      applyKpiSheetChanges(
        cms.payload,
        [
          { row: 2, kpiKey: 'taiki-jido', fiscalYear: 2019, before: null, after },
          { row: 3, kpiKey: 'no-such-kpi', fiscalYear: 2019, before: null, after },
        ],
        { user: users.admin },
      ),
    )
    expect(error.message).toContain('no-such-kpi')
    expect(actual(await kpi('taiki-jido'), 2019)).toBeUndefined()
  })

  it('tells each approver once about a sheet, not once per KPI', async () => {
    const sheet = Buffer.from(
      stringify([
        ['kpi_key', 'value_type', 'fiscal_year', 'value'],
        ['shinki-koyo', 'actual', 2017, 321],
        ['kanko-kyaku', 'actual', 2016, 284],
      ]),
    )
    // Both KPIs approved as they stand, so that the sheet submits both anew.
    for (const key of ['shinki-koyo', 'kanko-kyaku']) {
      await cms.payload.update({ collection: 'kpis', id: (await kpi(key)).id, data: { _status: 'published' }, user: users.approver, overrideAccess: false })
    }
    const since = new Date().toISOString()
    const run = await runKpiImport(cms.payload, sheet, { userEmail: users.editor.email })
    expect(run).toMatchObject({ ok: true, applied: 2 })
    const { docs } = await cms.payload.find({
      collection: 'outbox',
      where: { to: { equals: users.approver.email }, createdAt: { greater_than: since } },
      depth: 0,
      overrideAccess: true,
    })
    expect(docs.map((d) => d.subject)).toEqual(['【承認依頼】指標（KPI・数値目標） 2件'])
    expect(docs[0].text).toContain('「新規雇用者数（累計）」')
    expect(docs[0].text).toContain('「観光客入込数」')
  })
})
