import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { CMS_DIR, ROOT } from './env.ts'
import { withLock } from './lock.ts'
import { run } from './run.ts'

/**
 * Opens the CMS database for the length of `work` (one Local API instance per process): migrations run and the
 * first admin is created (its password printed) as at any start.
 */
let opened = false
export async function withCms<T>(work: (payload: Payload) => Promise<T>): Promise<T> {
  // Payload caches its instance per process and keeps it after destroy(): a second opening would get a closed one.
  if (opened) throw new Error('withCms: open the CMS once per process and do all database work inside it')
  opened = true
  const { getPayloadClient } = await import('@keikaku/cms/getPayloadClient')
  const payload = await getPayloadClient()
  try {
    return await work(payload)
  } finally {
    await payload.destroy()
  }
}

/** Seeds the city's plan when missing. Safe on every start. */
export async function prepareDatabase(payload: Payload): Promise<void> {
  const { seed } = await import('@keikaku/cms/seed/index')
  const report = await seed(payload)
  const created = Object.values(report.created).reduce((a, b) => a + (b ?? 0), 0)
  console.log(created ? `Seeded ${created} documents of the city's plan.` : 'Database ready (already seeded).')
}

/** A fingerprint of everything the admin build depends on, to rebuild only when it changed. */
function sourceHash(): string {
  const hash = createHash('sha256')
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else hash.update(full).update(readFileSync(full))
    }
  }
  for (const dir of [path.join(CMS_DIR, 'src'), path.join(ROOT, 'content-schemas', 'src')]) walk(dir)
  for (const file of [path.join(ROOT, 'package-lock.json'), path.join(CMS_DIR, 'next.config.ts')]) hash.update(readFileSync(file))
  return hash.digest('hex')
}

/** `next build` of the admin, skipped when the last build is of the same sources. */
export async function buildAdminIfNeeded(): Promise<void> {
  const stamp = path.join(CMS_DIR, '.next', 'keikaku-source-hash')
  const hash = sourceHash()
  const upToDate = () => existsSync(stamp) && readFileSync(stamp, 'utf8') === hash
  if (upToDate()) return
  // Test files run two at a time: the second waits for the first's build rather than building into the same folder.
  await withLock(path.join(CMS_DIR, '.next-build.lock'), async () => {
    if (upToDate()) return
    console.log('Building the admin (next build, about 1–3 minutes on 2 cores)…')
    await run('npx', ['next', 'build'], { cwd: CMS_DIR })
    writeFileSync(stamp, hash)
  })
}

export interface AdminProcess {
  child: ChildProcess
  /** Stops npx and the next-server it started (a process group: killing npx alone leaves the server running). */
  stop(): void
}

/**
 * The interface the admin listens on: loopback unless KEIKAKU_ADMIN_HOST says otherwise (e.g. 0.0.0.0 behind a
 * firewall, or the address a reverse proxy on another machine reaches).
 */
export const adminHost = (env: NodeJS.ProcessEnv = process.env) => env.KEIKAKU_ADMIN_HOST || '127.0.0.1'

/** `next start`: the admin and REST/GraphQL API. Resolves once it answers. */
export async function startAdmin(
  port: number,
  env: Record<string, string> = {},
  { onOutput }: { onOutput?: (text: string) => void } = {},
): Promise<AdminProcess> {
  const host = adminHost({ ...process.env, ...env })
  const child = spawn('npx', ['next', 'start', '--port', String(port), '--hostname', host], {
    cwd: CMS_DIR,
    stdio: onOutput ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    // The port also names the admin's own origin for Payload's CSRF and CORS lists (cms/src/security.ts).
    env: { ...process.env, KEIKAKU_ADMIN_PORT: String(port), ...env },
    detached: true,
  })
  child.stdout?.on('data', (chunk) => onOutput!(String(chunk)))
  child.stderr?.on('data', (chunk) => onOutput!(String(chunk)))
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  process.once('exit', stop)
  const url = `http://${/^(0\.0\.0\.0|::)$/.test(host) ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host}:${port}/api/globals/site-settings`
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`The CMS stopped during start (exit ${child.exitCode})`)
    try {
      if ((await fetch(url)).ok) return { child, stop }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  stop()
  throw new Error(`The CMS did not answer at ${url} within 60 s`)
}
