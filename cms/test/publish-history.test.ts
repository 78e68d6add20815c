import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'
import { publishLiveLine, publishResultLine } from '@keikaku/content-schemas/publish-protocol'
import { useCms } from './cms.ts'

// Working folders of this file's publishes, apart from any other test's.
const work = mkdtempSync(path.join(tmpdir(), 'keikaku-publish-history-'))
process.env.KEIKAKU_PUBLISH_WORK_DIR = path.join(work, 'publish')
const cms = useCms()

/**
 * The configured publish command (KEIKAKU_PUBLISH_COMMAND) stands for scripts/publish-snapshot.ts, whose output the
 * job reads: the pages go live, and a moment later the rest succeeds or fails.
 */
function publishCommand(name: string, finish: string) {
  const script = path.join(work, `${name}.mjs`)
  writeFileSync(
    script,
    `console.log(${JSON.stringify(publishLiveLine({ build: `${name}-build`, pending: ['the search index'] }))})
setTimeout(() => { ${finish} }, 1500)\n`,
  )
  return `node ${script}`
}

/** Starts a publish with `command` as the publish command; `row` reads its history row. */
async function startPublish(command: string) {
  const { recordPublishRequest } = await import('../src/jobs/queueSitePublish.ts')
  const { publishSite } = await import('../src/jobs/publishSite.ts')
  process.env.KEIKAKU_PUBLISH_COMMAND = command
  const id = await recordPublishRequest(await createLocalReq({}, cms.payload), 'テスト')
  const row = () => cms.payload.findByID({ collection: 'site-publishes', id, overrideAccess: true, depth: 0 })
  return { running: publishSite(cms.payload, id), row }
}

async function runPublish(command: string) {
  const { running, row } = await startPublish(command)
  // While the command still runs, the history already says the pages are live, and which build.
  await expect.poll(async () => (await row()).liveAt, { timeout: 10_000 }).toBeTruthy()
  const whileRunning = await row()
  await running
  return { whileRunning, done: await row() }
}

describe('the publish history follows the publish as it goes', () => {
  it('records when the pages went live, before the search index and PDFs are done', async () => {
    const { whileRunning, done } = await runPublish(publishCommand('ok', `console.log(${JSON.stringify(publishResultLine({ build: 'ok-final' }))})`))
    expect(whileRunning).toMatchObject({ status: 'running', build: 'ok-build' })
    expect(done).toMatchObject({ status: 'succeeded', build: 'ok-final' })
    expect(done.startedAt! <= done.liveAt! && done.liveAt! <= done.finishedAt!).toBe(true)
  })

  it('says "partly done", not "live site unchanged", when only the search index or PDFs failed', async () => {
    const { done } = await runPublish(
      publishCommand('partial', `console.error('The site is live (build partial-build), but its search index could not be made'); process.exit(1)`),
    )
    expect(done).toMatchObject({ status: 'incomplete', build: 'partial-build' })
    expect(done.error).toContain('its search index could not be made')
  })

  it('still says "failed" when nothing went live', async () => {
    const script = path.join(work, 'broken.mjs')
    writeFileSync(script, `console.error('The build failed its checks'); process.exit(1)\n`)
    const { running, row } = await startPublish(`node ${script}`)
    await running
    const done = await row()
    expect(done).toMatchObject({ status: 'failed', liveAt: null })
    expect(done.error).toContain('failed its checks')
  })
})
