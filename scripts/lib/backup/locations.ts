import path from 'node:path'
import { CMS_DIR, CMS_ENV_FILE, SITE_ROOT } from '../env.ts'

/** What a backup covers and where it lives on this machine (the same variables the CMS reads). */
export interface Locations {
  /** DATABASE_URI: `file:…` (SQLite) or `mongodb://…`. */
  databaseUri: string
  mediaDir: string
  siteRoot: string
  envFile: string
}

export function locationsFromEnv(env: NodeJS.ProcessEnv = process.env): Locations {
  return {
    databaseUri: env.DATABASE_URI || `file:${path.join(CMS_DIR, 'var', 'keikaku.db')}`,
    mediaDir: env.KEIKAKU_MEDIA_DIR || path.join(CMS_DIR, 'var', 'media'),
    siteRoot: env.KEIKAKU_SITE_ROOT ? path.resolve(env.KEIKAKU_SITE_ROOT) : SITE_ROOT,
    envFile: CMS_ENV_FILE,
  }
}

export const isMongoUri = (uri: string) => /^mongodb(\+srv)?:\/\//.test(uri)

/** The SQLite file of a `file:` URI (libsql's form: file:/abs/path or file:relative/path). */
export function sqliteFile(uri: string): string {
  if (!uri.startsWith('file:')) throw new Error(`DATABASE_URI "${uri}" is neither a SQLite file: URI nor mongodb://`)
  return path.resolve(uri.slice('file:'.length).replace(/^\/\/(?=\/)/, ''))
}
