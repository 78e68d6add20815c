import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publishSnapshot } from '../lib/deploy/publish.ts'
import { Releases } from '../lib/deploy/releases.ts'
import { ROOT } from '../lib/env.ts'

const exec = promisify(execFile)

/**
 * A publish and two previews at the same time, real Astro builds, with the site root on another filesystem than
 * the repository (/dev/shm is a tmpfs): no build may break another, and none may need a cross-device rename.
 */
const work = mkdtempSync(path.join(tmpdir(), 'keikaku-isolation-'))
const siteRoot = mkdtempSync(path.join('/dev/shm', 'keikaku-site-'))
const snapshotDir = path.join(work, 'snapshot')

beforeAll(async () => {
  await exec('npx', ['tsx', path.join(ROOT, 'scripts', 'fixture-snapshot.ts'), snapshotDir], { cwd: ROOT })
}, 120_000)
afterAll(() => {
  rmSync(work, { recursive: true, force: true })
  rmSync(siteRoot, { recursive: true, force: true })
})

const preview = (token: string, slot: number) =>
  exec('npx', ['tsx', path.join(ROOT, 'scripts', 'preview-snapshot.ts'), snapshotDir, token, String(slot)], {
    cwd: ROOT,
    env: { ...process.env, KEIKAKU_SITE_ROOT: siteRoot },
    maxBuffer: 64 * 1024 * 1024,
  })

describe('builds side by side', () => {
  it('a publish and two previews all succeed, each in its own folder, on a site root on another filesystem', async () => {
    const tokens = ['a'.repeat(32), 'b'.repeat(32)]
    const results = await Promise.allSettled([publishSnapshot(snapshotDir, { root: siteRoot }), preview(tokens[0], 0), preview(tokens[1], 1)])
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [String((r.reason as Error).message).slice(-2000)] : []))
    expect(failures).toEqual([])

    const releases = new Releases(siteRoot)
    const live = releases.dirOf(releases.live()!)
    expect(readFileSync(path.join(live, 'index.html'), 'utf8')).toContain('<html lang="ja"')
    for (const token of tokens) {
      expect(readFileSync(path.join(siteRoot, 'previews', token, 'index.html'), 'utf8')).toContain(`/preview/${token}/`)
    }
    // Astro's staging folder went with each build; the shared one in the repository was never used.
    expect(existsSync(path.join(live, '.prerender'))).toBe(false)
  }, 900_000)
})
