import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { Payload, TaskConfig } from 'payload'
import { readPublishLive, readPublishResult } from '@keikaku/content-schemas/publish-protocol'
import { PUBLISH_WORK_DIR } from '../paths.ts'
import { runCommand, tail } from './runCommand.ts'
import { writeExport } from '../snapshot/writeExport.ts'
import { markInterrupted } from './publishHistory.ts'

/**
 * The command that builds, checks and switches a snapshot live. It lives in scripts/ (the CMS never imports the
 * site); KEIKAKU_PUBLISH_COMMAND replaces it, e.g. to build on another machine.
 */
const publishCommand = () => process.env.KEIKAKU_PUBLISH_COMMAND ?? 'npm run --silent publish-snapshot -w @keikaku/scripts --'

/** A build of a very large plan takes about half a minute; anything far beyond that is stuck. */
export const PUBLISH_TIMEOUT_MS = 10 * 60 * 1000

/** The publish's working folder: its snapshot and the pid file of its build command. */
export const publishWorkDir = (publishId: string) => path.join(PUBLISH_WORK_DIR, `publish-${publishId}`)
export const RUNNER_PID_FILE = 'runner.pid'

async function record(payload: Payload, id: string, data: Record<string, unknown>) {
  await payload.update({ collection: 'site-publishes', id, data: data, overrideAccess: true, context: { fromJob: true } })
}

/** Export the published content, then build, check and switch the site; every outcome is recorded for the admin. */
export async function publishSite(payload: Payload, publishId: string): Promise<{ build: string | null; error?: string }> {
  const started = new Date()
  // Publishes run one at a time: another row still "running" was cut off (the server stopped mid-build).
  await markInterrupted(payload, { status: { equals: 'running' } })
  await record(payload, publishId, { status: 'running', startedAt: started.toISOString() })
  // Requests queued before this one are covered by it: it exports everything published now.
  await payload.update({
    collection: 'site-publishes',
    where: { and: [{ status: { equals: 'queued' } }, { createdAt: { less_than_equal: started.toISOString() } }] },
    data: { status: 'superseded' },
    overrideAccess: true,
    context: { fromJob: true },
  })

  const workDir = publishWorkDir(publishId)
  const finish = (data: Record<string, unknown>) =>
    record(payload, publishId, {
      ...data,
      finishedAt: new Date().toISOString(),
      durationSeconds: Number(((Date.now() - started.getTime()) / 1000).toFixed(1)),
    })
  let wentLive: Promise<void> | undefined
  try {
    rmSync(workDir, { recursive: true, force: true })
    mkdirSync(workDir, { recursive: true })
    await writeExport(payload, workDir)

    // The new pages go live before the search index and changed PDFs are made (publishSnapshot): the history says
    // so at once, rather than "running" until the end.
    const { ok, output } = await runCommand(publishCommand(), [workDir], PUBLISH_TIMEOUT_MS, {
      pidFile: path.join(workDir, RUNNER_PID_FILE),
      onLine: (line) => {
        const live = wentLive ? null : readPublishLive(line)
        if (live) {
          wentLive = record(payload, publishId, { liveAt: new Date().toISOString(), build: live.build }).catch((error) =>
            payload.logger.error({ err: error, msg: 'Recording that the site went live failed' }),
          )
        }
      },
    })
    await wentLive
    const result = readPublishResult(output)
    if (!ok || !result) throw new Error(tail(output) || 'The publish command failed without output')
    const { build } = result
    await finish({ status: 'succeeded', build, error: null })
    return { build }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    // After the switch only the search index or PDFs can have failed: the pages are live, the next publish makes them.
    await finish({ status: wentLive ? 'incomplete' : 'failed', error: message })
    return { build: null, error: message }
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}

export const publishSiteTask: TaskConfig<{ input: { publishId: string }; output: { build: string } }> = {
  slug: 'publishSite',
  label: 'サイトを公開 / Publish the site',
  inputSchema: [{ name: 'publishId', type: 'text', required: true }],
  outputSchema: [{ name: 'build', type: 'text' }],
  // One build at a time; a newer request replaces any that has not started.
  concurrency: { key: () => 'public-site', exclusive: true, supersedes: true },
  retries: 0,
  handler: async ({ input, req }) => {
    const { build } = await publishSite(req.payload, input.publishId)
    return { output: { build: build ?? '' } }
  },
}
