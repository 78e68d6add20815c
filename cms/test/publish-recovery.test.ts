import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'
import { useCms } from './cms.ts'

// Working folders of this file's publishes, apart from any other test's.
process.env.KEIKAKU_PUBLISH_WORK_DIR = mkdtempSync(path.join(tmpdir(), 'keikaku-publish-work-'))
const cms = useCms({ seeded: false })

/** What a server killed mid-build leaves behind: its job still "processing", its history row still "running". */
async function publishCutOff(startedAt: Date) {
  const { recordPublishRequest, queueSitePublish } = await import('../src/jobs/queueSitePublish.ts')
  const req = await createLocalReq({}, cms.payload)
  const publishId = await recordPublishRequest(req, 'テスト')
  await queueSitePublish(req, { publishId })
  const { docs } = await cms.payload.find({ collection: 'payload-jobs', where: { 'input.publishId': { equals: publishId } }, overrideAccess: true })
  await cms.payload.update({ collection: 'payload-jobs', id: docs[0].id, data: { processing: true }, overrideAccess: true })
  await cms.payload.update({
    collection: 'site-publishes',
    id: publishId,
    data: { status: 'running', startedAt: startedAt.toISOString() },
    overrideAccess: true,
    context: { fromJob: true },
  })
  return { publishId, jobId: docs[0].id }
}

const job = (id: number | string) => cms.payload.findByID({ collection: 'payload-jobs', id, overrideAccess: true, depth: 0 })
const row = (id: string) => cms.payload.findByID({ collection: 'site-publishes', id, overrideAccess: true, depth: 0 })
const pendingPublishJobs = async () =>
  (
    await cms.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'publishSite' } }, { processing: { equals: false } }, { completedAt: { exists: false } }] },
      overrideAccess: true,
    })
  ).totalDocs

describe('publishing recovers from a server that stopped mid-build', () => {
  it('at start, releases the stuck job, marks its row interrupted, stops the orphaned build and queues a publish', async () => {
    const { recoverInterruptedPublishes } = await import('../src/jobs/recoverPublishing.ts')
    const { publishWorkDir, RUNNER_PID_FILE } = await import('../src/jobs/publishSite.ts')
    const { publishId, jobId } = await publishCutOff(new Date())
    // The build command that the killed server left running (its own process group, as runCommand starts it).
    const orphan = spawn('bash', ['-c', 'exec -a publish-snapshot sleep 60'], { detached: true, stdio: 'ignore' })
    mkdirSync(publishWorkDir(publishId), { recursive: true })
    writeFileSync(path.join(publishWorkDir(publishId), RUNNER_PID_FILE), String(orphan.pid))
    const exited = new Promise((resolve) => orphan.on('exit', resolve))

    expect(await recoverInterruptedPublishes(cms.payload, { atStart: true })).toEqual([publishId])

    expect(await job(jobId)).toMatchObject({ processing: false, hasError: true })
    expect(await row(publishId)).toMatchObject({ status: 'interrupted', error: expect.stringContaining('中断されました') })
    await exited
    expect(existsSync(publishWorkDir(publishId))).toBe(false)
    const { docs } = await cms.payload.find({ collection: 'site-publishes', sort: '-createdAt', limit: 1, overrideAccess: true })
    expect(docs[0]).toMatchObject({ status: 'queued', reason: '中断された公開のやり直し / Retry of an interrupted publish' })
    expect(await pendingPublishJobs()).toBe(1)
  })

  it('while running, leaves a publish alone until it has run past its time limit', async () => {
    const { recoverInterruptedPublishes, STALE_AFTER_MS } = await import('../src/jobs/recoverPublishing.ts')
    const started = new Date()
    const { publishId, jobId } = await publishCutOff(started)
    expect(await recoverInterruptedPublishes(cms.payload, { now: new Date(started.getTime() + 60_000) })).toEqual([])
    expect(await row(publishId)).toMatchObject({ status: 'running' })

    const later = new Date(Date.now() + STALE_AFTER_MS + 1000)
    expect(await recoverInterruptedPublishes(cms.payload, { now: later })).toEqual([publishId])
    expect(await job(jobId)).toMatchObject({ processing: false, hasError: true })
    expect(await row(publishId)).toMatchObject({ status: 'interrupted' })
  })

  it('does not call a publish cut off after its pages went live "live site unchanged"', async () => {
    const { recoverInterruptedPublishes } = await import('../src/jobs/recoverPublishing.ts')
    const { publishId } = await publishCutOff(new Date())
    await cms.payload.update({
      collection: 'site-publishes',
      id: publishId,
      data: { liveAt: new Date().toISOString(), build: 'went-live' },
      overrideAccess: true,
      context: { fromJob: true },
    })
    expect(await recoverInterruptedPublishes(cms.payload, { atStart: true })).toEqual([publishId])
    expect(await row(publishId)).toMatchObject({ status: 'incomplete', build: 'went-live', error: expect.stringContaining('新しいページは公開済み') })
  })
})
