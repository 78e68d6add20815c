/**
 * `npm run typecheck -w @keikaku/site`: `astro check` over every .astro and .ts file of the site. The site's config
 * reads a snapshot, so the check runs on the fixture one (the seeded plan), written to a temporary folder.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { writeFixtureSnapshot } from './lib/fixture.ts'

const work = mkdtempSync(path.join(tmpdir(), 'keikaku-astro-check-'))
try {
  const snapshotDir = writeFixtureSnapshot(path.join(work, 'snapshot'))
  const siteDir = path.resolve(import.meta.dirname, '..', 'site')
  const result = spawnSync('npx', ['astro', 'check', ...process.argv.slice(2)], {
    cwd: siteDir,
    stdio: 'inherit',
    env: { ...process.env, KEIKAKU_SNAPSHOT_DIR: snapshotDir, ASTRO_TELEMETRY_DISABLED: '1' },
  })
  process.exitCode = result.status ?? 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
