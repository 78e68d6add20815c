import { formatSheetProblem, readKpiSheet, type KpiSheetChange, type KpiSheetProblem } from '@keikaku/content-schemas'
import type { Payload } from 'payload'
import { readSheetFile } from './files.ts'
import { kpiSheetTargets, type SheetUser } from './scope.ts'

export { applyKpiSheetChanges } from './apply.ts'
export { exportKpiSheetRows, type KpiSheetScope, type SheetUser } from './scope.ts'
export { readSheetFile, sheetFormatOf, writeSheet, type SheetFormat } from './files.ts'

export type KpiSheetCheck = { ok: true; changes: KpiSheetChange[] } | { ok: false; problems: KpiSheetProblem[] }

/** Reads an uploaded sheet (XLSX or CSV in any of the accepted encodings) and checks it against the stored KPIs. */
export async function checkKpiSheet(payload: Payload, bytes: Uint8Array, user: SheetUser): Promise<KpiSheetCheck> {
  let rows
  try {
    rows = await readSheetFile(bytes)
  } catch (error) {
    const problem: KpiSheetProblem = {
      row: 1,
      column: '-',
      message: { ja: `表として読めません（${(error as Error).message}）`, en: `not a readable sheet (${(error as Error).message})` },
    }
    return { ok: false, problems: [problem] }
  }
  return readKpiSheet(rows, await kpiSheetTargets(payload, user))
}

export { formatSheetProblem }
