import { spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import * as tar from 'tar'
import { moveDir } from '../pipeline.ts'
import { Releases } from '../deploy/releases.ts'
import { isMongoUri, sqliteFile, type Locations } from './locations.ts'
import { verifyUnpacked, type Manifest } from './manifest.ts'

export interface RestoreOptions {
  /** Also put cms/.env back from the archive (when it holds one). */
  withEnv?: boolean
  now?: Date
}

export interface RestoreResult {
  manifest: Manifest
  /** Where the replaced database and media were moved (kept until you delete them). */
  keptAside: string[]
  /** The live build of the backup, switched to when still kept; otherwise null (publish once to rebuild). */
  liveBuild: string | null
}

/** Processes (other than this one) that have a file open: the CMS, a script, a job. Linux /proc. */
export function processesUsing(files: string[]): number[] {
  const wanted = new Set(files.map((f) => path.resolve(f)))
  const pids: number[] = []
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    if (Number(pid) === process.pid) continue
    let fds: string[]
    try {
      fds = readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue // gone, or another user's
    }
    for (const fd of fds) {
      try {
        if (wanted.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) {
          pids.push(Number(pid))
          break
        }
      } catch {
        // closed meanwhile
      }
    }
  }
  return pids
}

/**
 * Puts back what a backup holds: the database (replacing the current one, which is kept aside), the media files,
 * the live build (when it is still kept) and, on request, cms/.env. Refuses a damaged archive — every file is
 * checked against the manifest before anything is touched — and a database that a running CMS has open.
 */
export async function restoreBackup(where: Locations, archive: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const mongo = isMongoUri(where.databaseUri)
  const dbFile = mongo ? null : sqliteFile(where.databaseUri)
  const workParent = dbFile ? path.dirname(dbFile) : path.dirname(where.mediaDir)
  mkdirSync(workParent, { recursive: true })
  const work = mkdtempSync(path.join(workParent, '.restore-'))
  try {
    try {
      await tar.extract({ file: path.resolve(archive), cwd: work, strict: true })
    } catch (error) {
      throw new Error(`the archive is damaged: ${(error as Error).message}`, { cause: error })
    }
    const manifest = await verifyUnpacked(work)
    if (manifest.database.kind === 'mongodb' && !mongo) throw new Error('This backup is of a MongoDB database, but DATABASE_URI is SQLite')
    if (manifest.database.kind === 'sqlite' && mongo) throw new Error('This backup is of a SQLite database, but DATABASE_URI is MongoDB')
    if (dbFile) {
      const users = processesUsing([dbFile, `${dbFile}-wal`])
      if (users.length) throw new Error(`The CMS is running (process ${users.join(', ')} has ${dbFile} open): stop it first`)
    }

    const stamp = (options.now ?? new Date()).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')
    const keptAside: string[] = []
    const setAside = (target: string) => {
      if (!existsSync(target)) return
      const aside = `${target}.before-restore-${stamp}`
      renameSync(target, aside)
      keptAside.push(aside)
    }

    if (dbFile) {
      setAside(dbFile)
      for (const suffix of ['-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true })
      renameSync(path.join(work, manifest.database.file), dbFile)
      chmodSync(dbFile, 0o600)
    } else {
      mongorestore(where.databaseUri, path.join(work, manifest.database.file))
    }

    setAside(where.mediaDir)
    if (existsSync(path.join(work, 'media'))) moveDir(path.join(work, 'media'), where.mediaDir)
    else mkdirSync(where.mediaDir, { recursive: true })

    if (options.withEnv) {
      if (!manifest.includesEnv) throw new Error('--with-env: this archive holds no cms/.env (make backups with --with-env)')
      if (existsSync(where.envFile)) copyFileSync(where.envFile, `${where.envFile}.before-restore-${stamp}`)
      copyFileSync(path.join(work, 'env', 'cms.env'), where.envFile)
      chmodSync(where.envFile, 0o600)
    }

    let liveBuild: string | null = null
    if (manifest.liveBuild) {
      const releases = new Releases(where.siteRoot)
      if (releases.list().includes(manifest.liveBuild)) {
        releases.switchTo(manifest.liveBuild)
        liveBuild = manifest.liveBuild
      }
    }
    return { manifest, keptAside, liveBuild }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

export function mongorestore(uri: string, archive: string): void {
  const result = spawnSync('mongorestore', [`--uri=${uri}`, `--archive=${archive}`, '--gzip', '--drop'], { encoding: 'utf8' })
  if (result.error) throw new Error(`mongorestore could not run (${result.error.message}): install the MongoDB Database Tools`)
  if (result.status !== 0) throw new Error(`mongorestore failed (exit ${result.status}):\n${result.stderr.trim().split('\n').slice(-10).join('\n')}`)
}
