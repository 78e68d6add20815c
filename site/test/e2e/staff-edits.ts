import { readSnapshot, writeSnapshot } from '@keikaku/content-schemas/io'

/**
 * What a member of staff typed into the fixture before the test build: the city's own 2018 figure for one KPI, so the
 * pages show a real value beside the seeded samples (the CMS clears a value's sample flag when staff edit it).
 */
export const REAL_ACTUAL = { kpi: 'shinki-koyo', fiscalYear: 2018, value: 297 } as const

export function applyStaffEdits(snapshotDir: string): void {
  const snapshot = readSnapshot(snapshotDir)
  const kpi = snapshot.kpis.find((k) => k.key === REAL_ACTUAL.kpi)
  const actual = kpi?.actuals.find((a) => a.fiscalYear === REAL_ACTUAL.fiscalYear)
  if (!actual) throw new Error(`The fixture has no ${REAL_ACTUAL.kpi} actual for ${REAL_ACTUAL.fiscalYear}`)
  Object.assign(actual, { value: REAL_ACTUAL.value, status: 'final', source: null, sample: false })
  writeSnapshot(snapshotDir, snapshot)
}
