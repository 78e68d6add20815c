import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import { PUBLISH_WORK_DIR } from '../paths.ts'
import { markInterrupted } from './publishHistory.ts'
import { PUBLISH_TIMEOUT_MS, publishWorkDir, RUNNER_PID_FILE } from './publishSite.ts'
import { queueSitePublish } from './queueSitePublish.ts'
import { stopProcessGroup } from './runCommand.ts'

const RETRY_REASON = '中断された公開のやり直し / Retry of an interrupted publish'

/** How long after its start a publish counts as stuck: its command is stopped at the timeout, so this is generous. */
export const STALE_AFTER_MS = PUBLISH_TIMEOUT_MS + 2 * 60 * 1000

/** Stops a build command that a killed server left running, if it is still ours, and removes its working folder. */
function cleanUpWorkDir(dir: string): void {
  const pidFile = path.join(dir, RUNNER_PID_FILE)
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8'))
    // Only a process that is still the publish command (pids are reused).
    const cmdline = `/proc/${pid}/cmdline`
    if (pid > 0 && existsSync(cmdline) && readFileSync(cmdline, 'utf8').includes('publish-snapshot')) stopProcessGroup(pid)
  }
  rmSync(dir, { recursive: true, force: true })
}

/**
 * A publish job left "processing" (the server stopped mid-build, or the build hung) holds the exclusive concurrency
 * key `public-site`, and Payload would then never start another publish. This releases such jobs, marks their
 * history rows as interrupted (the admin lists them), stops what they left running, and queues one publish so that
 * the live site catches up with the published content by itself.
 *
 * `atStart`: this process is the only job runner and has just started, so every processing publish is stale.
 * Otherwise only publishes that started longer ago than STALE_AFTER_MS are.
 */
export async function recoverInterruptedPublishes(payload: Payload, { atStart = false, now = new Date() } = {}): Promise<string[]> {
  const cutoff = new Date(now.getTime() - STALE_AFTER_MS).toISOString()
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [{ taskSlug: { equals: 'publishSite' } }, { processing: { equals: true } }, ...(atStart ? [] : [{ updatedAt: { less_than: cutoff } }])],
    },
    limit: 0,
    depth: 0,
    overrideAccess: true,
  })
  for (const job of jobs) {
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { processing: false, hasError: true, completedAt: now.toISOString(), error: { message: 'interrupted', interrupted: true } },
      overrideAccess: true,
    })
  }
  const interrupted = await markInterrupted(payload, {
    and: [{ status: { equals: 'running' } }, ...(atStart ? [] : [{ startedAt: { less_than: cutoff } }])],
  })
  for (const id of interrupted) cleanUpWorkDir(publishWorkDir(id))
  if (atStart && existsSync(PUBLISH_WORK_DIR)) {
    // Leftovers of earlier interrupted publishes.
    for (const name of readdirSync(PUBLISH_WORK_DIR).filter((n) => n.startsWith('publish-'))) cleanUpWorkDir(path.join(PUBLISH_WORK_DIR, name))
  }
  if (interrupted.length || jobs.length) {
    const { totalDocs: pending } = await payload.count({ collection: 'site-publishes', where: { status: { equals: 'queued' } }, overrideAccess: true })
    if (!pending) await queueSitePublish(await createLocalReq({}, payload), { reason: RETRY_REASON })
    payload.logger.warn(`Recovered ${Math.max(interrupted.length, jobs.length)} interrupted site publish(es); the queue moves on.`)
  }
  return interrupted
}

/** In the job runner: recover at start, then check for stuck publishes every minute. */
export async function watchPublishing(payload: Payload): Promise<void> {
  await recoverInterruptedPublishes(payload, { atStart: true })
  const timer = setInterval(() => {
    recoverInterruptedPublishes(payload).catch((error) => payload.logger.error({ err: error, msg: 'Checking for stuck publishes failed' }))
  }, 60_000)
  timer.unref()
}
