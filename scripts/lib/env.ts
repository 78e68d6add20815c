import { randomBytes } from 'node:crypto'
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Next.js and Astro report usage to their makers unless told not to; Payload's report is off in its config.
 * Set here, at the import of every script, so that every child (next, astro, the CMS's publish jobs) inherits it.
 */
export const NO_TELEMETRY = { NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' } as const
Object.assign(process.env, NO_TELEMETRY)

export const ROOT = path.resolve(import.meta.dirname, '..', '..')
export const CMS_DIR = path.join(ROOT, 'cms')
export const CMS_ENV_FILE = path.join(CMS_DIR, '.env')
export const SNAPSHOT_DIR = process.env.KEIKAKU_SNAPSHOT_DIR ?? path.join(ROOT, 'snapshot')
/** Kept builds and the `live` link of the public site (see lib/deploy/releases.ts). */
export const SITE_ROOT = process.env.KEIKAKU_SITE_ROOT ?? path.join(ROOT, 'var', 'site')

/**
 * Local secrets live in cms/.env (ignored by git), created with a random PAYLOAD_SECRET on first use,
 * and loaded into this process; variables already set in the environment win.
 */
export function loadCmsEnv(): void {
  if (!existsSync(CMS_ENV_FILE)) {
    writeFileSync(CMS_ENV_FILE, `# Created by Keikaku on first start. Keep it secret.\nPAYLOAD_SECRET=${randomBytes(32).toString('hex')}\n`, {
      mode: 0o600,
    })
  }
  const before = { ...process.env }
  process.loadEnvFile(CMS_ENV_FILE)
  Object.assign(process.env, before)
}
