import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { createLocalReq, docAccessOperation, getAccessResults, type Payload, type PayloadRequest, type RequiredDataFromCollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { draftsIn } from '../src/workflow/queue.ts'
import { checkedSchedulePublish } from '../src/workflow/scheduledPublish.ts'
import { makeUser, rejection, useCms } from './cms.ts'

const cms = useCms()
type User = Awaited<ReturnType<typeof makeUser>>
const users = {} as Record<'admin' | 'approver' | 'editor', User>

beforeAll(async () => {
  for (const role of ['admin', 'approver', 'editor'] as const) {
    const user = await makeUser(cms.payload, role)
    const name = { admin: '管理 一郎', approver: '承認 花子', editor: '編集 太郎' }[role]
    users[role] = { ...(await cms.payload.update({ collection: 'users', id: user.id, data: { name }, overrideAccess: true })), collection: 'users' }
  }
})

const asUser = (user: User) => ({ user, overrideAccess: false, depth: 0, locale: 'ja' as const })

async function kpiId(payload: Payload, key: string) {
  const { docs } = await payload.find({ collection: 'kpis', where: { key: { equals: key } }, depth: 0 })
  return docs[0].id
}

async function events(payload: Payload, collection: string, id: number | string) {
  const { docs } = await payload.find({
    collection: 'approval-events',
    where: { and: [{ collectionSlug: { equals: collection } }, { documentId: { equals: String(id) } }] },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
  })
  return docs.map((e) => ({ action: e.action, actor: e.actor, reason: e.reason ?? null }))
}

const outboxFor = async (payload: Payload, email: string) =>
  (await payload.find({ collection: 'outbox', where: { to: { equals: email } }, sort: 'createdAt', pagination: false, depth: 0 })).docs

describe('only what the role may do is offered', () => {
  it('offers 公開 (publish permission) to approvers and admins, not to editors', async () => {
    const id = await kpiId(cms.payload, 'kanko-kyaku')
    // Payload drops refused operations from the permissions (undefined), as the admin reads them.
    const permission = async (user: User) =>
      Boolean(
        (
          await docAccessOperation({
            id,
            collection: cms.payload.collections.kpis,
            data: { _status: 'published' },
            req: await createLocalReq({ user }, cms.payload),
          })
        ).update,
      )
    expect(await permission(users.editor)).toBe(false)
    expect(await permission(users.approver)).toBe(true)
    expect(await permission(users.admin)).toBe(true)
    const draft = await docAccessOperation({
      id,
      collection: cms.payload.collections.kpis,
      data: { _status: 'draft' },
      req: await createLocalReq({ user: users.editor }, cms.payload),
    })
    expect(draft.update).toBe(true)
    expect(draft.delete).toBeFalsy()
  })

  it('does not offer editors the approver states', async () => {
    const field = cms.payload.collections.kpis.config.fields.find((f) => 'name' in f && f.name === 'workflow') as unknown as {
      filterOptions: (args: object) => Array<{ value: string }>
      options: Array<{ value: string }>
    }
    const offered = async (user: User, current = 'draft') =>
      field
        .filterOptions({ options: field.options, req: await createLocalReq({ user }, cms.payload), data: { workflow: current }, siblingData: {} })
        .map((o) => o.value)
    expect(await offered(users.editor)).toEqual(['draft', 'submitted'])
    expect(await offered(users.editor, 'returned')).toEqual(['draft', 'submitted', 'returned'])
    expect(await offered(users.approver)).toEqual(['draft', 'submitted', 'returned', 'approved'])
  })
})

describe('起案 → 承認 with history and notifications', () => {
  it('records submit, return (with a reason) and publish, tells the people concerned, and lists the queue', async () => {
    const id = await kpiId(cms.payload, 'kanko-kyaku')
    await cms.payload.update({ collection: 'kpis', id, data: { unit: '万人回', workflow: 'submitted' }, draft: true, ...asUser(users.editor) })

    const queue = await draftsIn(cms.payload, 'submitted')
    expect(queue[0]).toMatchObject({ collection: 'kpis', kind: '指標（KPI・数値目標）', id, by: '編集 太郎' })
    expect(queue[0].title).toBeTruthy()
    const toApprover = await outboxFor(cms.payload, users.approver.email)
    expect(toApprover.at(-1)?.subject).toMatch(/^【承認依頼】/)
    expect(toApprover.at(-1)?.text).toContain('編集 太郎 さんから承認の依頼がありました')
    expect((await outboxFor(cms.payload, users.admin.email)).length).toBeGreaterThan(0)

    // Returning needs a reason; the editor is told, and the reason stays on the draft until resubmission.
    const refused = await rejection(cms.payload.update({ collection: 'kpis', id, data: { workflow: 'returned' }, draft: true, ...asUser(users.approver) }))
    expect(refused.message).toBe('差し戻すときは「差戻しの理由」を書いてください。編集者に表示されます。')
    const reason = '2018年度の出典を記入してください。'
    const returned = await cms.payload.update({
      collection: 'kpis',
      id,
      data: { workflow: 'returned', returnReason: reason },
      draft: true,
      ...asUser(users.approver),
    })
    expect(returned).toMatchObject({ workflow: 'returned', returnReason: reason })
    expect((await draftsIn(cms.payload, 'returned')).find((d) => d.id === id)).toMatchObject({ reason })
    const toEditor = await outboxFor(cms.payload, users.editor.email)
    expect(toEditor.at(-1)).toMatchObject({ subject: expect.stringMatching(/^【差戻し】/), text: expect.stringContaining(reason) })

    const resubmitted = await cms.payload.update({ collection: 'kpis', id, data: { workflow: 'submitted' }, draft: true, ...asUser(users.editor) })
    expect(resubmitted.returnReason ?? null).toBeNull()

    const published = await cms.payload.update({ collection: 'kpis', id, data: { _status: 'published' }, ...asUser(users.approver) })
    expect(published).toMatchObject({ _status: 'published', workflow: 'approved', unit: '万人回' })
    expect((await outboxFor(cms.payload, users.editor.email)).at(-1)?.subject).toMatch(/^【承認・公開】/)
    expect((await draftsIn(cms.payload, 'submitted')).map((d) => d.id)).not.toContain(id)

    expect(await events(cms.payload, 'kpis', id)).toEqual([
      { action: 'submitted', actor: users.editor.id, reason: null },
      { action: 'returned', actor: users.approver.id, reason },
      { action: 'submitted', actor: users.editor.id, reason: null },
      { action: 'published', actor: users.approver.id, reason: null },
    ])
  })

  it('keeps the history and the outbox out of everyone’s hands but the server', async () => {
    const data: RequiredDataFromCollectionSlug<'approval-events'> = { action: 'published', collectionSlug: 'kpis', documentId: '1' }
    expect((await rejection(cms.payload.create({ collection: 'approval-events', data, ...asUser(users.admin) }))).status).toBe(403)
    expect((await rejection(cms.payload.find({ collection: 'outbox', ...asUser(users.approver) }))).status).toBe(403)
    expect((await cms.payload.find({ collection: 'outbox', ...asUser(users.admin) })).totalDocs).toBeGreaterThan(0)
  })
})

describe('scheduled publishing', () => {
  const schedule = checkedSchedulePublish(schedulePublishHandler)
  /** What the admin passes every server function besides its own arguments, for the signed-in user of `req`. */
  const fromAdmin = async (req: PayloadRequest) => ({
    req,
    user: req.user,
    importMap: {},
    cookies: new Map<string, string>(),
    permissions: await getAccessResults({ req }),
  })
  const scheduleJobs = async () =>
    (await cms.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, pagination: false, depth: 0 })).docs

  it('refuses scheduling by editors when it is scheduled', async () => {
    const id = await kpiId(cms.payload, 'taiki-jido')
    const req = await createLocalReq({ user: users.editor }, cms.payload)
    const result = await schedule({
      ...(await fromAdmin(req)),
      type: 'publish',
      date: new Date(Date.now() + 3600_000),
      doc: { relationTo: 'kpis', value: String(id) },
    })
    expect(result?.error).toMatch(/^公開を予約できません: 公開・非公開の予約は承認者のみが行えます。/)
    expect(await scheduleJobs()).toEqual([])
  })

  it('reports a scheduled publish that fails: history, dashboard list, e-mail to the scheduler and the admins', async () => {
    const id = await kpiId(cms.payload, 'taiki-jido')
    // A draft that cannot be published: its name is empty.
    await cms.payload.update({ collection: 'kpis', id, data: { name: '' }, draft: true, ...asUser(users.approver) })
    const req = await createLocalReq({ user: users.approver }, cms.payload)
    const result = await schedule({
      ...(await fromAdmin(req)),
      type: 'publish',
      date: new Date(Date.now() + 1000),
      doc: { relationTo: 'kpis', value: String(id) },
    })
    expect(result?.error).toBeUndefined()
    const [job] = await scheduleJobs()
    expect(job).toBeTruthy()
    await new Promise((r) => setTimeout(r, 1200))
    await cms.payload.jobs.runByID({ id: job.id })

    const history = await events(cms.payload, 'kpis', id)
    expect(history.map((e) => e.action)).toEqual(['scheduled', 'scheduleFailed'])
    expect(history[1]).toMatchObject({ actor: users.approver.id, reason: expect.stringContaining('指標名') })
    for (const user of [users.approver, users.admin]) {
      expect((await outboxFor(cms.payload, user.email)).at(-1)).toMatchObject({
        subject: expect.stringMatching(/^【予約公開の失敗】/),
        text: expect.stringContaining('文書は公開されていません'),
      })
    }
    const live = await cms.payload.findByID({ collection: 'kpis', id, depth: 0 })
    expect(live.name).toBeTruthy()
  })
})

describe('e-mail without a mail server', () => {
  it('keeps Payload’s own messages in the outbox, and the login page does not claim a message was sent', async () => {
    // What Payload's forgot-password sends goes through the same adapter (the operation itself needs helper ops's
    // SQLite fix: it updates the user outside its transaction and hits "database is locked").
    await cms.payload.sendEmail({ to: users.editor.email, subject: 'パスワードの再設定', text: 'https://example.jp/reset' })
    let stored: Awaited<ReturnType<typeof outboxFor>> = []
    for (let i = 0; i < 40 && !stored.some((m) => m.subject === 'パスワードの再設定'); i++) {
      await new Promise((r) => setTimeout(r, 100))
      stored = await outboxFor(cms.payload, users.editor.email)
    }
    expect(stored.at(-1)).toMatchObject({ subject: 'パスワードの再設定', text: 'https://example.jp/reset' })
    const ja = cms.payload.config.i18n.translations.ja as unknown as Record<string, Record<string, string>>
    expect(ja.authentication.checkYourEmailForPasswordReset).toMatch(/メールは送信されていません/)
    expect(ja.authentication.forgotPasswordEmailInstructions).toMatch(/メール送信が設定されていない/)
  })
})

describe('the admin in office Japanese', () => {
  it('says 下書き保存 and 言語, and leaves no English where Payload had it', () => {
    const ja = cms.payload.config.i18n.translations.ja as unknown as Record<string, Record<string, string>>
    expect(ja.version.saveDraft).toBe('下書き保存')
    expect(ja.general.locale).toBe('言語')
    expect(ja.general.untitled).toBe('（無題）')
    expect(ja.general.noLabel).toBe('（{{label}}なし）')
    expect(ja.general.thisLanguage).toBe('日本語')
    const all = Object.values(ja)
      .flatMap((ns) => Object.values(ns))
      .join('\n')
    expect(all).not.toMatch(/ロケール|ドラフト|グローバル|コレクション|Payload 設定/)
    expect(cms.payload.config.admin.dateFormat).toBe('yyyy年M月d日 HH:mm')
  })
})
