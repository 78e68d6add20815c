import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, inject, it } from 'vitest'

it('stops the build on an invalid snapshot, naming the document and the field', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'keikaku-bad-snapshot-'))
  try {
    const snapshotDir = path.join(work, 'snapshot')
    cpSync(inject('snapshotDir'), snapshotDir, { recursive: true })
    const file = path.join(snapshotDir, 'kpis.json')
    const kpis = JSON.parse(readFileSync(file, 'utf8'))
    kpis[0].baseline.fiscalYear = '平成26年度'
    writeFileSync(file, JSON.stringify(kpis))
    const result = spawnSync('npx', ['astro', 'build'], {
      cwd: path.resolve(import.meta.dirname, '..', '..'),
      env: { ...process.env, KEIKAKU_SNAPSHOT_DIR: snapshotDir, KEIKAKU_OUT_DIR: path.join(work, 'dist') },
      encoding: 'utf8',
    })
    expect(result.status).not.toBe(0)
    expect(`${result.stdout}${result.stderr}`).toContain(`kpis[key=${kpis[0].key}].baseline.fiscalYear`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
})
