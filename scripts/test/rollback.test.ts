import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Releases } from '../lib/deploy/releases.ts'
import { rollback } from '../lib/deploy/rollback.ts'
import { rsyncTarget } from '../lib/deploy/targets.ts'

function site(...texts: string[]) {
  const root = mkdtempSync(path.join(tmpdir(), 'keikaku-rollback-'))
  const releases = new Releases(root)
  const ids = texts.map((text, i) => {
    const { id, dir } = releases.newBuildDir(new Date(Date.UTC(2026, 0, i + 1)))
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'index.html'), text)
    releases.markComplete(id)
    return id
  })
  releases.switchTo(ids.at(-1)!)
  return { root, releases, ids, live: () => readFileSync(path.join(releases.liveLink, 'index.html'), 'utf8') }
}

describe('rollback', () => {
  it('switches live to the previous build and mirrors it to the remote copy', async () => {
    const { root, ids, live } = site('first', 'second')
    const www = mkdtempSync(path.join(tmpdir(), 'keikaku-www-'))
    const result = await rollback(root, { target: rsyncTarget(www) })
    expect(result).toMatchObject({ from: ids[1], to: ids[0] })
    expect(live()).toBe('first')
    expect(readFileSync(path.join(www, 'index.html'), 'utf8')).toBe('first')
  })

  it('leaves the live site as it was when the remote mirror fails, as a publish does', async () => {
    const { root, releases, ids, live } = site('first', 'second')
    // A destination under a file: rsync cannot create it and exits non-zero.
    const blocker = path.join(mkdtempSync(path.join(tmpdir(), 'keikaku-www-')), 'file')
    writeFileSync(blocker, '')
    await expect(rollback(root, { target: rsyncTarget(path.join(blocker, 'www')) })).rejects.toThrow(`the live site stays at ${ids[1]}`)
    expect(releases.live()).toBe(ids[1])
    expect(live()).toBe('second')
  })

  it('says what is kept when there is nothing to roll back to', async () => {
    const { root, ids } = site('only')
    await expect(rollback(root)).rejects.toThrow(`Nothing to roll back to: builds kept are ${ids[0]}; live is ${ids[0]}.`)
  })
})
