import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeUser, rejection, useCms } from './cms.ts'

const cms = useCms()
type User = Awaited<ReturnType<typeof makeUser>>
const users = {} as Record<'admin' | 'approver' | 'editor' | 'viewer', User>

beforeAll(async () => {
  for (const role of ['admin', 'approver', 'editor', 'viewer'] as const) users[role] = await makeUser(cms.payload, role)
})

async function goalId(payload: Payload, key = 'goal-3-ninaite') {
  const { docs } = await payload.find({ collection: 'goals', where: { key: { equals: key } }, depth: 0 })
  return docs[0].id
}

const asUser = (user: User | null) => ({ user, overrideAccess: false, depth: 0, locale: 'ja' as const })

describe('起案 → 承認 workflow', () => {
  it('lets an editor save and submit a draft, but not publish it', async () => {
    const id = await goalId(cms.payload)
    const draft = await cms.payload.update({
      collection: 'goals',
      id,
      data: { title: '編集者の下書き', workflow: 'submitted' },
      draft: true,
      ...asUser(users.editor),
    })
    expect(draft).toMatchObject({ _status: 'draft', workflow: 'submitted' })

    const error = await rejection(cms.payload.update({ collection: 'goals', id, data: { title: '勝手に公開', _status: 'published' }, ...asUser(users.editor) }))
    expect(error.status).toBe(403)
    expect(error.message).toMatch(/^公開できません: 公開は承認者のみが行えます。/)
    const published = await cms.payload.findByID({ collection: 'goals', id, ...asUser(null) })
    expect(published.title).toBe('自ら輝きながら次代の担い手を応援するまち')
  })

  it('lets an approver publish the submitted draft, and records who changed and who approved', async () => {
    const id = await goalId(cms.payload)
    const doc = await cms.payload.update({
      collection: 'goals',
      id,
      data: { title: '承認された名称', _status: 'published' },
      ...asUser(users.approver),
    })
    expect(doc).toMatchObject({ _status: 'published', workflow: 'approved', approvedBy: users.approver.id, updatedBy: users.approver.id })

    const { docs: versions } = await cms.payload.findVersions({ collection: 'goals', where: { parent: { equals: id } }, sort: '-createdAt', depth: 0 })
    const editorVersion = versions.find((v) => v.version.title === '編集者の下書き')
    expect(editorVersion?.version.updatedBy).toBe(users.editor.id)
    expect(versions[0].version.updatedBy).toBe(users.approver.id)
  })

  it('does not let an editor unpublish or change live content without the draft flag', async () => {
    const id = await goalId(cms.payload, 'goal-5-anshin')
    for (const data of [{ _status: 'draft' as const }, { title: '直接の変更' }]) {
      const error = await rejection(cms.payload.update({ collection: 'goals', id, data, ...asUser(users.editor) }))
      expect(error.status).toBe(403)
      expect(error.message).toMatch(/^保存できません: 編集者の変更は下書きとして保存されます/)
    }
    const live = await cms.payload.findByID({ collection: 'goals', id, ...asUser(null) })
    expect(live).toMatchObject({ _status: 'published', title: 'みんなが安心して暮らせる笑顔あふれるまち' })
  })

  it('does not let an editor approve or return a draft', async () => {
    const id = await goalId(cms.payload, 'goal-4-shizen')
    const error = await rejection(cms.payload.update({ collection: 'goals', id, data: { workflow: 'returned' }, draft: true, ...asUser(users.editor) }))
    expect(error.status).toBe(403)
  })

  it('does not let an editor delete published content', async () => {
    const { docs } = await cms.payload.find({ collection: 'pages', depth: 0 })
    const error = await rejection(cms.payload.delete({ collection: 'pages', id: docs[0].id, ...asUser(users.editor) }))
    expect(error.status).toBe(403)
  })
})

describe('roles', () => {
  it('lets a viewer read drafts but change nothing', async () => {
    const id = await goalId(cms.payload)
    expect(await cms.payload.findByID({ collection: 'goals', id, draft: true, ...asUser(users.viewer) })).toBeTruthy()
    const error = await rejection(cms.payload.update({ collection: 'goals', id, data: { title: 'x' }, draft: true, ...asUser(users.viewer) }))
    expect(error.status).toBe(403)
  })

  it('lets only admins manage users', async () => {
    const data = { email: 'new@example.jp', password: 'a long passphrase', role: 'editor' as const }
    for (const role of ['approver', 'editor', 'viewer'] as const) {
      const error = await rejection(cms.payload.create({ collection: 'users', data, ...asUser(users[role]) }))
      expect(error.status).toBe(403)
    }
    expect(await cms.payload.create({ collection: 'users', data, ...asUser(users.admin) })).toMatchObject({ role: 'editor' })
  })

  it('does not let an editor raise their own role, and says so', async () => {
    const error = await rejection(
      cms.payload.update({ collection: 'users', id: users.editor.id, data: { role: 'admin', name: '編集 花子' }, ...asUser(users.editor) }),
    )
    expect(error.status).toBe(403)
    expect(error.message).toBe('権限は管理者のみが変更できます。')
    const me = await cms.payload.update({ collection: 'users', id: users.editor.id, data: { name: '編集 花子' }, ...asUser(users.editor) })
    expect(me).toMatchObject({ role: 'editor', name: '編集 花子' })
  })
})

describe('anonymous readers (the public API)', () => {
  it('see published documents only', async () => {
    const { docs: plans } = await cms.payload.find({ collection: 'plans', where: { key: { equals: 'sogo-keikaku' } }, depth: 0 })
    await cms.payload.create({
      collection: 'goals',
      data: { key: 'secret-draft', title: '未公開の目標', plan: plans[0].id, order: 6 },
      draft: true,
    })
    const { docs } = await cms.payload.find({ collection: 'goals', pagination: false, ...asUser(null) })
    expect(docs.map((d) => d.key)).not.toContain('secret-draft')
    expect(docs.length).toBeGreaterThanOrEqual(5)
    const signedIn = await cms.payload.find({ collection: 'goals', pagination: false, draft: true, ...asUser(users.viewer) })
    expect(signedIn.docs.map((d) => d.key)).toContain('secret-draft')
  })

  it('cannot read users or write anything', async () => {
    expect((await rejection(cms.payload.find({ collection: 'users', ...asUser(null) }))).status).toBe(403)
    const id = await goalId(cms.payload)
    expect((await rejection(cms.payload.update({ collection: 'goals', id, data: { title: 'x' }, ...asUser(null) }))).status).toBe(403)
  })
})

describe('login', () => {
  it('locks an account after five wrong passwords', async () => {
    const user = await makeUser(cms.payload, 'editor')
    for (let i = 0; i < 5; i++) {
      await rejection(cms.payload.login({ collection: 'users', data: { email: user.email, password: 'wrong' } }))
    }
    const error = await rejection(cms.payload.login({ collection: 'users', data: { email: user.email, password: 'correct horse battery' } }))
    expect(error.name).toBe('LockedAuth')
  })
})
