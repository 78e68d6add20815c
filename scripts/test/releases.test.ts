import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Releases } from '../lib/deploy/releases.ts'
import { lftpArgs, rsyncArgs, targetFromEnv } from '../lib/deploy/targets.ts'
import { run } from '../lib/run.ts'

function fakeBuild(releases: Releases, text: string, at: Date) {
  const { id, dir } = releases.newBuildDir(at)
  writeFileSync(path.join(dir, 'index.html'), text)
  releases.markComplete(id)
  return id
}

const liveText = (releases: Releases) => readFileSync(path.join(releases.liveLink, 'index.html'), 'utf8')

describe('releases: atomic switch and rollback', () => {
  it('makes a linked copy of a build for a second switch, and gives a build of the same second a new id', () => {
    const releases = new Releases(mkdtempSync(path.join(tmpdir(), 'keikaku-releases-')))
    const at = new Date('2026-01-01T00:00:00Z')
    const live = fakeBuild(releases, 'live', at)
    releases.switchTo(live)
    expect(releases.newBuildDir(at).id).toBe(`${live}-2`)
    const copy = releases.linkedCopy(live)
    expect(statSync(path.join(copy.dir, 'index.html')).ino).toBe(statSync(path.join(releases.dirOf(live), 'index.html')).ino)
    // Not complete until marked: the copy is not offered, and the live build is untouched.
    expect(releases.list()).toEqual([live])
    expect(() => releases.remove(live)).toThrow(/live/)
    releases.markComplete(copy.id)
    releases.switchTo(copy.id)
    releases.remove(live)
    expect(releases.list()).toEqual([copy.id])
    expect(liveText(releases)).toBe('live')
  })

  it('gives builds ids in the order they were made, even within one millisecond or with the clock set back', () => {
    const releases = new Releases(mkdtempSync(path.join(tmpdir(), 'keikaku-releases-')))
    const at = new Date('2026-01-01T09:30:15.123Z')
    const ids = [at, at, new Date(at.getTime() - 60_000), new Date(at.getTime() + 1)].map((when) => fakeBuild(releases, 'b', when))
    expect(ids[0]).toBe('20260101T093015.123')
    expect([...ids].sort()).toEqual(ids)
    expect(new Set(ids).size).toBe(4)
    // A rollback from the newest goes to the one made just before it.
    releases.switchTo(ids[3])
    expect(releases.previous()).toBe(ids[2])
  })

  it('lets one process at a time publish or roll back, and takes over the lock of one that crashed', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'keikaku-releases-'))
    const releases = new Releases(root)
    const events: string[] = []
    const hold = (name: string, ms: number) =>
      releases.exclusively(async () => {
        events.push(`${name} in`)
        await new Promise((r) => setTimeout(r, ms))
        events.push(`${name} out`)
      })
    await Promise.all([hold('a', 400), new Promise((r) => setTimeout(r, 50)).then(() => hold('b', 10))])
    expect(events).toEqual(['a in', 'a out', 'b in', 'b out'])
    // A holder that died left its lock folder behind, no longer refreshed.
    const lock = path.join(root, '.lock')
    mkdirSync(lock)
    const old = new Date(Date.now() - 60_000)
    utimesSync(lock, old, old)
    await expect(releases.exclusively(async () => 'taken over')).resolves.toBe('taken over')
    expect(existsSync(lock)).toBe(false)
  })

  it('switches live to a build and rolls back to the previous one', () => {
    const releases = new Releases(mkdtempSync(path.join(tmpdir(), 'keikaku-releases-')))
    const first = fakeBuild(releases, 'first', new Date('2026-01-01T00:00:00Z'))
    const second = fakeBuild(releases, 'second', new Date('2026-01-02T00:00:00Z'))
    releases.switchTo(first)
    releases.switchTo(second)
    expect(liveText(releases)).toBe('second')
    expect(releases.previous()).toBe(first)
    releases.switchTo(releases.previous()!)
    expect(liveText(releases)).toBe('first')
  })

  it('never offers or switches to an unfinished build', () => {
    const releases = new Releases(mkdtempSync(path.join(tmpdir(), 'keikaku-releases-')))
    const done = fakeBuild(releases, 'done', new Date('2026-01-01T00:00:00Z'))
    releases.switchTo(done)
    // Interrupted after Astro wrote its pages, before the checks.
    const { id, dir } = releases.newBuildDir(new Date('2026-01-03T00:00:00Z'))
    writeFileSync(path.join(dir, 'index.html'), 'half')
    expect(releases.list()).toEqual([done])
    expect(() => releases.switchTo(id)).toThrow(/No complete build/)
    expect(liveText(releases)).toBe('done')
  })

  it('keeps the newest builds and always the live one', () => {
    const releases = new Releases(mkdtempSync(path.join(tmpdir(), 'keikaku-releases-')))
    const ids = [1, 2, 3, 4].map((d) => fakeBuild(releases, `b${d}`, new Date(`2026-01-0${d}T00:00:00Z`)))
    releases.switchTo(ids[0])
    releases.prune(2)
    expect(releases.list()).toEqual([ids[0], ids[2], ids[3]])
  })
})

describe('deploy targets', () => {
  it('mirrors a build with rsync so that old files go only after new ones are in place', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'keikaku-rsync-'))
    const build = path.join(root, 'build')
    const destination = path.join(root, 'www')
    mkdirSync(build)
    mkdirSync(destination)
    writeFileSync(path.join(build, 'index.html'), 'new')
    mkdirSync(path.join(build, '.keikaku'))
    writeFileSync(path.join(build, '.keikaku', 'snapshot.json'), '{}')
    writeFileSync(path.join(destination, 'stale.html'), 'old')
    expect(rsyncArgs(build, destination)).toEqual(expect.arrayContaining(['--delete-after', '--delay-updates']))
    await run('rsync', rsyncArgs(build, destination), { stdio: 'ignore' })
    expect(readFileSync(path.join(destination, 'index.html'), 'utf8')).toBe('new')
    expect(() => readFileSync(path.join(destination, 'stale.html'))).toThrow()
    // The state kept for the next incremental publish stays with the builder.
    expect(existsSync(path.join(destination, '.keikaku'))).toBe(false)
  })

  it('builds an lftp mirror command for SFTP hosts', () => {
    expect(lftpArgs('/var/build', 'sftp://deploy@web.example.jp/www/keikaku/')).toEqual([
      '-c',
      'open sftp://deploy@web.example.jp; mirror --reverse --delete --verbose=1 --exclude-glob .keikaku/ "/var/build" "/www/keikaku/"',
    ])
  })

  it('refuses a remote target without a destination', () => {
    expect(() => targetFromEnv({ KEIKAKU_DEPLOY_TARGET: 'rsync' })).toThrow(/KEIKAKU_DEPLOY_DEST/)
    expect(targetFromEnv({}).describe()).toMatch(/local/)
  })
})
