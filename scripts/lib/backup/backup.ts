import { spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import * as tar from 'tar'
import { isMongoUri, sqliteFile, type Locations } from './locations.ts'
import { describeFiles, FORMAT, listFiles, MANIFEST, type Manifest } from './manifest.ts'
import { writeFileSync } from 'node:fs'

export interface BackupOptions {
  /** The archive to write (.tar.gz). */
  file: string
  /** Also store cms/.env (PAYLOAD_SECRET: without it every session ends and the restore needs a new secret). */
  withEnv?: boolean
  /** Keep only the newest `keep` archives named keikaku-*.tar.gz in the archive's folder. */
  keep?: number
  now?: Date
}

export interface BackupResult {
  file: string
  bytes: number
  seconds: number
  manifest: Manifest
  removed: string[]
}

/** A name that sorts by time: keikaku-20261126T190000Z.tar.gz. */
export const archiveName = (now = new Date()) => `keikaku-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')}.tar.gz`

/**
 * One archive of everything the CMS holds, taken while it runs: a consistent copy of the database (SQLite's
 * `VACUUM INTO` reads one snapshot, WAL included; MongoDB through mongodump), the media files, the id of the live
 * build and a manifest with a checksum of each file. Written aside and renamed into place when complete.
 */
export async function createBackup(where: Locations, options: BackupOptions): Promise<BackupResult> {
  const started = performance.now()
  const file = path.resolve(options.file)
  mkdirSync(path.dirname(file), { recursive: true })
  const staging = mkdtempSync(path.join(path.dirname(file), '.backup-'))
  try {
    mkdirSync(path.join(staging, 'database'))
    const database = isMongoUri(where.databaseUri)
      ? { kind: 'mongodb' as const, file: 'database/mongodb.archive.gz' }
      : { kind: 'sqlite' as const, file: 'database/keikaku.db' }
    if (database.kind === 'sqlite') await copySqlite(sqliteFile(where.databaseUri), path.join(staging, database.file))
    else mongodump(where.databaseUri, path.join(staging, database.file))
    if (existsSync(where.mediaDir)) cpSync(where.mediaDir, path.join(staging, 'media'), { recursive: true, preserveTimestamps: true })
    if (options.withEnv) {
      if (!existsSync(where.envFile)) throw new Error(`--with-env: ${where.envFile} does not exist`)
      mkdirSync(path.join(staging, 'env'))
      copyFileSync(where.envFile, path.join(staging, 'env', 'cms.env'))
    }
    const files = listFiles(staging)
    const manifest: Manifest = {
      format: FORMAT,
      createdAt: (options.now ?? new Date()).toISOString(),
      database,
      liveBuild: liveBuildOf(where.siteRoot),
      includesEnv: Boolean(options.withEnv),
      files: await describeFiles(staging, files),
    }
    writeFileSync(path.join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
    const partial = `${file}.partial`
    await tar.create({ gzip: true, file: partial, cwd: staging, portable: true }, [MANIFEST, ...files])
    renameSync(partial, file)
    const removed = options.keep ? rotate(path.dirname(file), options.keep) : []
    return { file, bytes: statSync(file).size, seconds: (performance.now() - started) / 1000, manifest, removed }
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

/** `VACUUM INTO`: a compact, consistent copy through SQLite itself, so that what is still in the WAL is in it. */
async function copySqlite(source: string, target: string): Promise<void> {
  if (!existsSync(source)) throw new Error(`The database ${source} does not exist`)
  const client = createClient({ url: `file:${source}` })
  try {
    await client.execute('PRAGMA busy_timeout = 10000')
    await client.execute({ sql: 'VACUUM INTO ?', args: [target] })
  } finally {
    client.close()
  }
}

export function mongodump(uri: string, archive: string): void {
  const result = spawnSync('mongodump', [`--uri=${uri}`, `--archive=${archive}`, '--gzip'], { encoding: 'utf8' })
  if (result.error) throw new Error(`mongodump could not run (${result.error.message}): install the MongoDB Database Tools`)
  if (result.status !== 0) throw new Error(`mongodump failed (exit ${result.status}):\n${result.stderr.trim().split('\n').slice(-10).join('\n')}`)
}

function liveBuildOf(siteRoot: string): string | null {
  try {
    return path.basename(readlinkSync(path.join(siteRoot, 'live')))
  } catch {
    return null
  }
}

/** Removes all but the newest `keep` keikaku-*.tar.gz archives of a folder; returns what it removed. */
export function rotate(dir: string, keep: number): string[] {
  const archives = readdirSync(dir)
    .filter((name) => /^keikaku-.*\.tar\.gz$/.test(name))
    .sort()
  const old = archives.slice(0, Math.max(0, archives.length - keep))
  for (const name of old) rmSync(path.join(dir, name), { force: true })
  return old
}
