import { describeKpiSheetChanges, formatSheetProblem } from '@keikaku/content-schemas'
import type { Endpoint, PayloadRequest, Where } from 'payload'
import { canEdit, canPublish, isDepartmentEditor } from '../access/roles.ts'
import { say } from '../messages.ts'
import { applyKpiSheetChanges } from './apply.ts'
import { writeSheet } from './files.ts'
import { checkKpiSheet } from './index.ts'
import { exportKpiSheetRows, type SheetUser } from './scope.ts'
import type { Label } from '@keikaku/content-schemas/common'

const MAX_SHEET_BYTES = 20 * 1024 * 1024
const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }

const refuse = (req: PayloadRequest, status: number, message: Label) => Response.json({ ok: false, lines: [say(req, message)] }, { status })
const loginFirst = { ja: 'ログインしてください', en: 'Please log in' }
const editorsOnly = {
  ja: 'シートを取り込めるのは編集者・部署担当・承認者・管理者です',
  en: 'Only editors, department editors, approvers and administrators import sheets',
}

/** GET /api/kpis/sheet?format=xlsx|csv&fiscalYear=FY&where[…] — the KPI sheet of the admin list's filter. */
const exportEndpoint: Endpoint = {
  path: '/sheet',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(req, 401, loginFirst)
    const query = (req.query ?? {}) as { format?: string; fiscalYear?: string; where?: Where }
    const format = query.format === 'csv' ? 'csv' : 'xlsx'
    const fiscalYear = query.fiscalYear && /^\d{4}$/.test(query.fiscalYear) ? Number(query.fiscalYear) : undefined
    // The user's read access applies: a 部署担当's sheet holds only their departments' KPIs.
    const rows = await exportKpiSheetRows(req.payload, { where: query.where, fiscalYear, user: req.user as unknown as SheetUser })
    const body = await writeSheet(rows, format)
    const name = `kpis${fiscalYear ? `-${fiscalYear}` : ''}.${format}`
    return new Response(new Uint8Array(body), {
      headers: { 'content-type': CONTENT_TYPES[format], 'content-disposition': `attachment; filename="${name}"` },
    })
  },
}

async function readUpload(req: PayloadRequest): Promise<Uint8Array | null> {
  const bytes = new Uint8Array(await req.arrayBuffer!())
  return bytes.byteLength > 0 && bytes.byteLength <= MAX_SHEET_BYTES ? bytes : null
}

/**
 * POST /api/kpis/sheet/check (the file as the body): the changes or every problem, nothing saved.
 * POST /api/kpis/sheet/apply[?publish=1]: checks the same file again and saves it (as one transaction).
 */
const importEndpoint = (apply: boolean): Endpoint => ({
  path: apply ? '/sheet/apply' : '/sheet/check',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse(req, 401, loginFirst)
    if (!canEdit(req) && !isDepartmentEditor(req)) return refuse(req, 403, editorsOnly)
    const bytes = await readUpload(req)
    if (!bytes) return refuse(req, 400, { ja: 'ファイルが空か、20MBを超えています', en: 'The file is empty or larger than 20 MB' })
    const user: SheetUser = req.user
    const check = await checkKpiSheet(req.payload, bytes, user)
    if (!check.ok) return Response.json({ ok: false, lines: check.problems.map(formatSheetProblem) }, { status: 422 })
    const lines = describeKpiSheetChanges(check.changes)
    if (!apply) return Response.json({ ok: true, lines, changes: check.changes.length, canPublish: canPublish(req) })
    const publish = (req.query as { publish?: string })?.publish === '1'
    try {
      const applied = await applyKpiSheetChanges(req.payload, check.changes, { user, publish })
      return Response.json({ ok: true, lines, applied, published: publish })
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500
      return Response.json({ ok: false, lines: [(error as Error).message] }, { status })
    }
  },
})

export const kpiSheetEndpoints: Endpoint[] = [exportEndpoint, importEndpoint(false), importEndpoint(true)]
