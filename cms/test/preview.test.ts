import { createLocalReq, type PayloadRequest } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { previewEndpoint } from '../src/preview/endpoint.ts'
import { makeUser, useCms } from './cms.ts'

/**
 * The preview endpoint on a real database, with the site build replaced through KEIKAKU_PREVIEW_COMMAND (the
 * configured command) by programs that fail or take a while: who may start one, how many at once, what a failure says.
 */
const cms = useCms()
let goalId: number
let users: Record<'editor' | 'viewer', Awaited<ReturnType<typeof makeUser>>>

beforeAll(async () => {
  users = { editor: await makeUser(cms.payload, 'editor'), viewer: await makeUser(cms.payload, 'viewer') }
  const { docs } = await cms.payload.find({ collection: 'goals', limit: 1, depth: 0 })
  goalId = docs[0].id as number
})
afterEach(() => {
  delete process.env.KEIKAKU_PREVIEW_COMMAND
})

async function preview(role: 'editor' | 'viewer'): Promise<Response> {
  const req = (await createLocalReq({ user: users[role] }, cms.payload)) as PayloadRequest
  req.routeParams = { collection: 'goals', id: String(goalId) }
  return previewEndpoint.handler(req)
}

describe('preview endpoint', () => {
  it('is for editors and above, not viewers', async () => {
    const response = await preview('viewer')
    expect(response.status).toBe(403)
    expect(await response.text()).toBe('プレビューは編集者・承認者・管理者が使えます。')
  })

  it('answers a failed build with a short Japanese message, without the build log or server paths', async () => {
    process.env.KEIKAKU_PREVIEW_COMMAND = 'ls /srv/keikaku-secret-server-path'
    const response = await preview('editor')
    expect(response.status).toBe(500)
    const body = await response.text()
    expect(body).toMatch(/^プレビューを作成できませんでした。/)
    expect(body).not.toMatch(/\/srv|keikaku-secret|ls:|\//)
  })

  it('builds at most two at a time; the third editor is asked to wait', async () => {
    process.env.KEIKAKU_PREVIEW_COMMAND = 'node -e setTimeout(()=>{},4000)'
    const statuses = await Promise.all([preview('editor'), preview('editor'), preview('editor')].map(async (p) => (await p).status))
    expect(statuses.sort()).toEqual([302, 302, 503])
    // Places are given back: the next one runs.
    expect((await preview('editor')).status).toBe(302)
  })
})
