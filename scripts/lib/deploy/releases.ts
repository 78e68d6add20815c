import { existsSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { withLock } from '../lock.ts'
import { linkFolder } from './incremental.ts'

/**
 * The live site is a symlink to one of several kept builds, so that switching is one atomic rename and rolling
 * back is switching to an older one:
 *   <root>/builds/<id>/   each validated build (never written after it went live)
 *   <root>/live           → builds/<id>
 */
/** Written into a build after it passed its checks (dot file: never served as a page, skipped by the link check). */
const COMPLETE_MARKER = '.keikaku-complete'

export class Releases {
  constructor(readonly root: string) {
    mkdirSync(this.buildsDir, { recursive: true })
  }

  get buildsDir() {
    return path.join(this.root, 'builds')
  }

  get liveLink() {
    return path.join(this.root, 'live')
  }

  /**
   * Runs `work` as the only process that makes builds or switches this site: a publish from the command line and
   * one from the admin would otherwise switch in turns, and the older content could end up live.
   */
  exclusively<T>(work: () => Promise<T>): Promise<T> {
    return withLock(path.join(this.root, '.lock'), work, {
      onWait: () => console.log(`Another publish or rollback of ${this.root} is running; waiting for it to finish…`),
    })
  }

  /**
   * A new, empty folder for a build, made here so that no other process can take its id. Ids sort in the order the
   * builds were made, whichever process made them: the time to the millisecond, and after every id already there
   * (a build of the same millisecond, or of a clock set back, gets a `-2` suffix).
   */
  newBuildDir(now = new Date()): { id: string; dir: string } {
    const stamp = now.toISOString().replace(/[-:]/g, '').replace(/Z$/, '')
    const newest = readdirSync(this.buildsDir).sort().at(-1) ?? ''
    const stem = stamp > newest ? stamp : newest
    for (let n = stem === stamp ? 1 : 2; ; n++) {
      const id = n === 1 ? stem : `${stem}-${n}`
      const dir = path.join(this.buildsDir, id)
      try {
        mkdirSync(dir)
        return { id, dir }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
    }
  }

  /**
   * A new build folder holding build `id`'s files as hard links (not its complete mark), for a build that differs
   * from it in a few files: the caller replaces those with new files, never writing through a link.
   */
  linkedCopy(id: string): { id: string; dir: string } {
    const from = this.dirOf(id)
    const copy = this.newBuildDir()
    linkFolder(from, copy.dir, (file) => file !== COMPLETE_MARKER)
    return copy
  }

  /** Removes a build that another has replaced (never the live one). */
  remove(id: string): void {
    if (id === this.live()) throw new Error(`Build "${id}" is live`)
    rmSync(this.dirOf(id), { recursive: true, force: true })
  }

  /** Marks a build as built and checked; only marked builds can go live or be rolled back to. */
  markComplete(id: string): void {
    writeFileSync(path.join(this.buildsDir, id, COMPLETE_MARKER), new Date().toISOString())
  }

  /** Kept build ids, oldest first. Unfinished or unchecked builds (an interrupted one) are not offered. */
  list(): string[] {
    return readdirSync(this.buildsDir)
      .filter((id) => existsSync(path.join(this.buildsDir, id, COMPLETE_MARKER)))
      .sort()
  }

  dirOf(id: string): string {
    return path.join(this.buildsDir, id)
  }

  live(): string | null {
    try {
      return path.basename(readlinkSync(this.liveLink))
    } catch {
      return null
    }
  }

  /** Points `live` at a build in one step: a new link is made aside, then renamed over the old one. */
  switchTo(id: string): void {
    if (!this.list().includes(id)) throw new Error(`No complete build "${id}" in ${this.buildsDir}`)
    const temporary = `${this.liveLink}.${process.pid}.tmp`
    rmSync(temporary, { force: true })
    symlinkSync(path.join('builds', id), temporary)
    renameSync(temporary, this.liveLink)
  }

  /** The build before the live one (what a rollback returns to). */
  previous(): string | null {
    const builds = this.list()
    const index = builds.indexOf(this.live() ?? '')
    return index > 0 ? builds[index - 1] : null
  }

  /** Removes all but the newest `keep` complete builds, never the live one; also unfinished leftovers. */
  prune(keep: number, except: string[] = []): string[] {
    const live = this.live()
    const complete = this.list()
    const old = complete.slice(0, Math.max(0, complete.length - keep))
    const unfinished = readdirSync(this.buildsDir).filter((id) => !complete.includes(id) && !except.includes(id))
    const removed = [...old, ...unfinished].filter((id) => id !== live && !except.includes(id))
    for (const id of removed) rmSync(path.join(this.buildsDir, id), { recursive: true, force: true })
    return removed
  }
}
