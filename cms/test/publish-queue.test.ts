import { describe, expect, it } from 'vitest'
import { makeUser, rejection, useCms } from './cms.ts'

const cms = useCms()

async function queuedPublishJobs() {
  const { docs } = await cms.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'publishSite' } }, { processing: { equals: false } }, { completedAt: { exists: false } }] },
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

async function goalId(key: string) {
  const { docs } = await cms.payload.find({ collection: 'goals', where: { key: { equals: key } }, depth: 0 })
  return docs[0].id
}

describe('rebuild on publish (the queue; the build itself is tested end to end)', () => {
  it('does not queue a rebuild for a draft save', async () => {
    await cms.payload.update({ collection: 'goals', id: await goalId('goal-1-miryoku'), data: { title: '下書き' }, draft: true })
    expect(await queuedPublishJobs()).toHaveLength(0)
  })

  it('queues one rebuild for a burst of publishes: newer requests supersede pending ones', async () => {
    for (const key of ['goal-1-miryoku', 'goal-2-kasseika', 'goal-3-ninaite']) {
      await cms.payload.update({ collection: 'goals', id: await goalId(key), data: { _status: 'published' } })
    }
    expect(await queuedPublishJobs()).toHaveLength(1)
    const { docs } = await cms.payload.find({ collection: 'site-publishes', sort: '-createdAt', depth: 0, overrideAccess: true })
    expect(docs.slice(0, 3).map((d) => d.reason)).toEqual([
      '公開: まちづくりの目標 goal-3-ninaite',
      '公開: まちづくりの目標 goal-2-kasseika',
      '公開: まちづくりの目標 goal-1-miryoku',
    ])
  })

  it('queues a rebuild when published content is unpublished or deleted', async () => {
    const before = (await cms.payload.count({ collection: 'site-publishes', overrideAccess: true })).totalDocs
    await cms.payload.update({ collection: 'goals', id: await goalId('goal-4-shizen'), data: { _status: 'draft' } })
    const page = await cms.payload.find({ collection: 'pages', depth: 0 })
    await cms.payload.delete({ collection: 'pages', id: page.docs[0].id })
    const { docs } = await cms.payload.find({ collection: 'site-publishes', sort: '-createdAt', limit: 2, depth: 0, overrideAccess: true })
    expect(docs.map((d) => d.reason)).toEqual(['削除: ページ sakutei-soshiki', '非公開: まちづくりの目標 goal-4-shizen'])
    expect((await cms.payload.count({ collection: 'site-publishes', overrideAccess: true })).totalDocs).toBe(before + 2)
  })

  it('lets admins, and only admins, publish the site now', async () => {
    const editor = await makeUser(cms.payload, 'editor')
    const admin = await makeUser(cms.payload, 'admin')
    const error = await rejection(cms.payload.create({ collection: 'site-publishes', data: {}, user: editor, overrideAccess: false }))
    expect(error.status).toBe(403)
    const manual = await cms.payload.create({ collection: 'site-publishes', data: {}, user: admin, overrideAccess: false, depth: 0 })
    expect(manual).toMatchObject({ status: 'queued', requestedBy: admin.id })
    const jobs = await queuedPublishJobs()
    expect(jobs.map((j) => (j.input as { publishId: string }).publishId)).toEqual([String(manual.id)])
  })
})
