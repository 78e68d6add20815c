import type { KpiSheetChange } from '@keikaku/content-schemas'
import { APIError, commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { canPublish } from '../access/roles.ts'
import { announceCollectedSubmissions, collectSubmissions } from '../workflow/approvalEvents.ts'
import { readDrafts, saveDrafts, type Draft } from './saveDrafts.ts'
import type { SheetUser } from './scope.ts'

export interface ApplyOptions {
  user: SheetUser
  /** Publish instead of submitting for approval (approvers and admins only). */
  publish?: boolean
}

/**
 * Writes the changes of one sheet in one transaction: per KPI, its actuals with the sheet's rows merged in, saved as
 * a draft submitted for approval (承認依頼中) by the user, or published when `publish` is set. The user's access
 * rules apply (a 部署担当 cannot touch another department's KPI); any failure rolls everything back.
 */
export async function applyKpiSheetChanges(payload: Payload, changes: KpiSheetChange[], { user, publish = false }: ApplyOptions): Promise<number> {
  if (publish && !canPublish({ user })) {
    throw new APIError('公開できません: 公開は承認者・管理者のみが行えます。 / Cannot publish: only approvers and administrators publish.', 403, null, true)
  }
  const byKpi = new Map<string, KpiSheetChange[]>()
  for (const change of changes) byKpi.set(change.kpiKey, [...(byKpi.get(change.kpiKey) ?? []), change])
  if (byKpi.size === 0) return 0
  const req = await createLocalReq({ user: { ...user, collection: 'users' }, locale: 'ja' }, payload)
  const started = await initTransaction(req)
  // The approvers hear of the sheet once, not once per KPI.
  collectSubmissions(req)
  try {
    // The latest versions of every KPI the sheet changes, read at once (one query, not one per KPI).
    const docs = await readDrafts(req, 'kpis', { key: { in: [...byKpi.keys()] } })
    const byKey = new Map(docs.map((d) => [d.key, d]))
    const drafts: Draft[] = []
    for (const [key, kpiChanges] of byKpi) {
      const doc = byKey.get(key)
      if (!doc) throw new APIError(`指標「${key}」がありません / no KPI "${key}"`, 404, null, true)
      const actuals = [...(doc.actuals ?? [])]
      for (const { fiscalYear, after } of kpiChanges) {
        const row = { fiscalYear, value: after.value, status: after.status, note: after.note, source: after.source }
        const i = actuals.findIndex((a) => a.fiscalYear === fiscalYear)
        if (i >= 0) actuals[i] = { ...actuals[i], ...row }
        else actuals.push(row)
      }
      actuals.sort((a, b) => a.fiscalYear - b.fiscalYear)
      if (!publish) {
        drafts.push({ original: doc, data: { actuals, workflow: 'submitted' } })
        continue
      }
      await payload.update({
        collection: 'kpis',
        id: doc.id,
        data: { actuals, _status: 'published' },
        locale: 'ja',
        user: req.user,
        overrideAccess: false,
        depth: 0,
        req,
      })
    }
    await saveDrafts(req, 'kpis', drafts)
    await announceCollectedSubmissions(req)
    if (started) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return changes.length
}
