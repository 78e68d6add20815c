import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildAdminIfNeeded } from '../lib/cms.ts'
import { ROOT } from '../lib/env.ts'
import { freePort } from '../lib/free-port.ts'
import { outbound } from './support/strace.ts'

/**
 * `npm start` (seed, first publish with its Astro build, the admin's Payload) and `npm run build` under
 * `strace -f`: every connect() of the whole process tree must go to loopback (or a local socket), and no DNS
 * query may name a telemetry host. The children get an environment without the opt-out variables and an empty
 * user config folder, so that only what the project itself sets can keep them quiet.
 */
const root = mkdtempSync(path.join(tmpdir(), 'keikaku-no-phone-home-'))

async function environment() {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URI: `file:${path.join(root, 'cms.db')}`,
    KEIKAKU_MEDIA_DIR: path.join(root, 'media'),
    KEIKAKU_SITE_ROOT: path.join(root, 'site'),
    // Its own publish work folders: files run side by side, and an admin's start clears what it finds there.
    KEIKAKU_PUBLISH_WORK_DIR: path.join(root, 'publish'),
    KEIKAKU_SNAPSHOT_DIR: path.join(root, 'snapshot'),
    KEIKAKU_OUT_DIR: path.join(root, 'dist'),
    KEIKAKU_ADMIN_PORT: String(await freePort()),
    KEIKAKU_SITE_PORT: String(await freePort()),
    XDG_CONFIG_HOME: path.join(root, 'config'),
  }
  for (const name of ['NEXT_TELEMETRY_DISABLED', 'ASTRO_TELEMETRY_DISABLED', 'TELEMETRY_DISABLED', 'DO_NOT_TRACK']) delete env[name]
  return env
}

/** Runs `npm run <script>` under strace until it exits or prints `until`; returns the trace. */
async function traced(script: string, until?: RegExp): Promise<string> {
  const log = path.join(root, `${script}.strace`)
  const child = spawn('strace', ['-f', '-qq', '-yy', '-s', '256', '-e', 'trace=connect,sendto,sendmsg,sendmmsg', '-o', log, 'npm', 'run', script], {
    cwd: ROOT,
    env: await environment(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run ${script} did not finish:\n${output.slice(-3000)}`)), 540_000)
    const check = (chunk: Buffer) => {
      output += chunk
      if (until?.test(output)) {
        clearTimeout(timer)
        // Let the admin's own Payload start-up (its first request) settle, then stop the whole tree.
        setTimeout(() => {
          process.kill(-child.pid!, 'SIGTERM')
          resolve()
        }, 3000)
      }
    }
    child.stdout!.on('data', check)
    child.stderr!.on('data', check)
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (until && !until.test(output)) reject(new Error(`npm run ${script} stopped (exit ${code}):\n${output.slice(-3000)}`))
      else if (!until && code !== 0) reject(new Error(`npm run ${script} failed (exit ${code}):\n${output.slice(-3000)}`))
      else resolve()
    })
  })
  await new Promise((r) => setTimeout(r, 2000))
  return readFileSync(log, 'utf8')
}

beforeAll(async () => {
  await buildAdminIfNeeded()
}, 900_000)
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('no phone-home', () => {
  it('npm start (seed, first publish, admin) connects to nothing but loopback', async () => {
    const trace = await traced('start', /Keikaku is running/)
    expect(trace).toMatch(/connect\(/) // the trace really saw the processes' sockets (the admin on loopback)
    expect(outbound(trace)).toEqual([])
  }, 900_000)

  it('npm run build connects to nothing but loopback', async () => {
    const trace = await traced('build')
    expect(outbound(trace)).toEqual([])
  }, 900_000)
})
