import { describeKpiSheetChanges, formatSheetProblem } from '@keikaku/content-schemas'
import type { Payload, Where } from 'payload'
import { applyKpiSheetChanges } from './apply.ts'
import { checkKpiSheet } from './index.ts'
import type { SheetUser } from './scope.ts'

export interface ImportRun {
  /** What to print, one line each. */
  lines: string[]
  ok: boolean
  applied: number
}

async function findUser(payload: Payload, email?: string): Promise<SheetUser | null> {
  const where: Where = email ? { email: { equals: email } } : { role: { equals: 'admin' } }
  const { docs } = await payload.find({ collection: 'users', where, sort: email ? undefined : 'createdAt', limit: 1, depth: 0, overrideAccess: true })
  return docs[0] ?? null
}

/**
 * `kpis:import`: checks the sheet, lists every problem or every change, and applies the changes unless it is a dry
 * run or the sheet has problems. The user is the one named by e-mail, or the first admin.
 */
export async function runKpiImport(
  payload: Payload,
  bytes: Uint8Array,
  { dryRun = false, publish = false, userEmail }: { dryRun?: boolean; publish?: boolean; userEmail?: string } = {},
): Promise<ImportRun> {
  const user = await findUser(payload, userEmail)
  if (!user) {
    return { ok: false, applied: 0, lines: [`ユーザー ${userEmail ?? '(管理者)'} がいません / no user ${userEmail ?? '(admin)'}`] }
  }
  const check = await checkKpiSheet(payload, bytes, user)
  if (!check.ok) {
    return {
      ok: false,
      applied: 0,
      lines: [
        ...check.problems.map(formatSheetProblem),
        `問題 ${check.problems.length} 件: 何も反映していません / ${check.problems.length} problem(s): nothing applied`,
      ],
    }
  }
  const lines = describeKpiSheetChanges(check.changes)
  if (dryRun || check.changes.length === 0) {
    return { ok: true, applied: 0, lines: dryRun ? [...lines, '試行のみ: 反映していません / dry run: nothing applied'] : lines }
  }
  const applied = await applyKpiSheetChanges(payload, check.changes, { user, publish })
  const done = publish
    ? `公開しました（${user.email}） / published (${user.email})`
    : `承認依頼中の下書きとして保存しました（${user.email}） / saved as drafts submitted for approval (${user.email})`
  return { ok: true, applied, lines: [...lines, done] }
}
