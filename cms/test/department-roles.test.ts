import type { CollectionSlug, DataFromCollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { draftsIn, editorialSlugs } from '../src/workflow/queue.ts'
import { makeUser, rejection, useCms } from './cms.ts'
import { useHttp } from './http.ts'

const cms = useCms()
const http = useHttp(cms)

type User = Awaited<ReturnType<typeof makeUser>>
const ROLES = ['admin', 'approver', 'editor', 'department-editor', 'viewer'] as const
type Role = (typeof ROLES)[number]
const users = {} as Record<Role, User>
/** The 部署担当 of 商工観光部: its KPI is kanko-kyaku, its project the first of each implementation plan. */
const OWN = 'shoko-kanko'
const ids = {} as Record<string, number>

const as = (user: User | null) => ({ user, overrideAccess: false, depth: 0, locale: 'ja' as const })

async function idByKey(payload: Payload, collection: string, key: string): Promise<number> {
  const { docs } = await payload.find({ collection: collection as 'kpis', where: { key: { equals: key } }, depth: 0, draft: true, overrideAccess: true })
  return docs[0].id as number
}

/** The keys of the KPIs of a department, as stored (latest versions). */
async function kpiKeysOf(department: string): Promise<Set<string>> {
  const { docs } = await cms.payload.find({
    collection: 'kpis',
    where: { department: { equals: ids[department] } },
    draft: true,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Set(docs.map((d) => d.key))
}

beforeAll(async () => {
  for (const role of ROLES) users[role] = await makeUser(cms.payload, role, role === 'department-editor' ? { departments: [OWN] } : {})
  for (const key of ['shoko-kanko', 'shoko-rodo', 'hoken-fukushi']) ids[key] = await idByKey(cms.payload, 'departments', key)
})

/** Strips what identifies a stored document, so its content can be created again under a new key. */
function copyOf<S extends CollectionSlug>(doc: DataFromCollectionSlug<S>, key: string): RequiredDataFromCollectionSlug<S> {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip)
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => !['id', 'createdAt', 'updatedAt', '_status', 'workflow', 'formerKeys', 'createdBy', 'updatedBy', 'approvedBy'].includes(k))
          .map(([k, v]) => [k, strip(v)]),
      )
    }
    return value
  }
  return { ...(strip(doc) as RequiredDataFromCollectionSlug<S>), key }
}

/** What each role may do in a collection other than KPIs and implementation plans. */
const EXPECTED: Record<Role, { create: boolean; updateDraft: boolean; publish: boolean; delete: boolean }> = {
  admin: { create: true, updateDraft: true, publish: true, delete: true },
  approver: { create: true, updateDraft: true, publish: true, delete: true },
  editor: { create: true, updateDraft: true, publish: false, delete: false },
  'department-editor': { create: false, updateDraft: false, publish: false, delete: false },
  viewer: { create: false, updateDraft: false, publish: false, delete: false },
}

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => true,
    (error: { status?: number; message?: string }) => {
      // Refusals only: any other failure is a broken test, not an access answer.
      if (error.status !== 403 && error.status !== 404) throw error
      return false
    },
  )

/**
 * In the collections of departments, a 部署担当 works on documents of their own department: they may start a KPI and
 * submit drafts (an implementation-plan edition is the planning division's to create). The matrix copies a document
 * of their department (kanko-kyaku; the editions all hold one of its projects); another department's are below.
 */
const expected = (role: Role, slug: string) =>
  role === 'department-editor' && slug === 'kpis'
    ? { create: true, updateDraft: true, publish: false, delete: false }
    : role === 'department-editor' && slug === 'implementation-plans'
      ? { create: false, updateDraft: true, publish: false, delete: false }
      : EXPECTED[role]

describe('KPIs by role, and a 部署担当 for their department and another', () => {
  it('lets every role but the 部署担当 read all KPIs; the 部署担当 reads only their department’s', async () => {
    const all = await cms.payload.find({ collection: 'kpis', draft: true, pagination: false, depth: 0, overrideAccess: true })
    for (const role of ROLES) {
      const { docs } = await cms.payload.find({ collection: 'kpis', draft: true, pagination: false, ...as(users[role]) })
      if (role === 'department-editor') {
        expect(new Set(docs.map((d) => d.key))).toEqual(await kpiKeysOf(OWN))
        expect(docs.map((d) => d.key)).toContain('kanko-kyaku')
      } else {
        expect(docs).toHaveLength(all.totalDocs)
      }
    }
    const other = await idByKey(cms.payload, 'kpis', 'shinki-koyo')
    expect((await rejection(cms.payload.findByID({ collection: 'kpis', id: other, draft: true, ...as(users['department-editor']) }))).status).toBe(404)
    const versions = await cms.payload.findVersions({ collection: 'kpis', where: { parent: { equals: other } }, ...as(users['department-editor']) })
    expect(versions.totalDocs).toBe(0)
  })

  it('lets the 部署担当 draft and submit their own KPI, but not publish or delete it', async () => {
    const dept = users['department-editor']
    const own = await idByKey(cms.payload, 'kpis', 'kanko-kyaku')
    const draft = await cms.payload.update({
      collection: 'kpis',
      id: own,
      data: { actuals: [{ fiscalYear: 2018, value: 301, status: 'preliminary' }], workflow: 'submitted' },
      draft: true,
      ...as(dept),
    })
    expect(draft).toMatchObject({ _status: 'draft', workflow: 'submitted', updatedBy: dept.id })
    const publish = await rejection(cms.payload.update({ collection: 'kpis', id: own, data: { _status: 'published' }, ...as(dept) }))
    expect(publish.status).toBe(403)
    expect((await rejection(cms.payload.delete({ collection: 'kpis', id: own, ...as(dept) }))).status).toBe(403)
    // The approver sees it in the queue and publishes it.
    expect((await draftsIn(cms.payload, 'submitted', 'ja', 50, users.approver)).map((i) => i.title)).toContain('観光客入込数')
    const published = await cms.payload.update({ collection: 'kpis', id: own, data: { _status: 'published' }, ...as(users.approver) })
    expect(published.actuals?.at(-1)).toMatchObject({ fiscalYear: 2018, value: 301 })
  })

  it('refuses the 部署担当 another department’s KPI, and moving their own KPI to another department', async () => {
    const dept = users['department-editor']
    const other = await idByKey(cms.payload, 'kpis', 'shinki-koyo')
    const error = await rejection(cms.payload.update({ collection: 'kpis', id: other, data: { workflow: 'submitted' }, draft: true, ...as(dept) }))
    expect(error.status).toBe(403)

    const own = await idByKey(cms.payload, 'kpis', 'kanko-kyaku')
    const moved = await rejection(cms.payload.update({ collection: 'kpis', id: own, data: { department: ids['shoko-rodo'] }, draft: true, ...as(dept) }))
    expect(moved.status).toBe(403)
    expect(moved.message).toBe('保存できません: 「担当部署」は自分の担当部署にしてください（部署担当は担当部署のものだけを編集できます）。')
    const stored = await cms.payload.findByID({ collection: 'kpis', id: own, draft: true, depth: 0, overrideAccess: true })
    expect(stored.department).toBe(ids['shoko-kanko'])
  })

  it('lets the 部署担当 start a KPI for their department only', async () => {
    const dept = users['department-editor']
    const source = await cms.payload.findByID({ collection: 'kpis', id: await idByKey(cms.payload, 'kpis', 'kanko-kyaku'), depth: 0, overrideAccess: true })
    const mine = await cms.payload.create({ collection: 'kpis', data: copyOf<'kpis'>(source, 'dept-new-kpi'), draft: true, ...as(dept) })
    expect(mine).toMatchObject({ _status: 'draft', key: 'dept-new-kpi' })
    const theirs = await rejection(
      cms.payload.create({
        collection: 'kpis',
        data: { ...copyOf<'kpis'>(source, 'dept-other-kpi'), department: ids['shoko-rodo'] },
        draft: true,
        ...as(dept),
      }),
    )
    expect(theirs.status).toBe(403)
  })

  it('shows the 部署担当 only their department’s drafts in the approval queue', async () => {
    for (const key of ['kanko-kyaku', 'shinki-koyo']) {
      await cms.payload.update({
        collection: 'kpis',
        id: await idByKey(cms.payload, 'kpis', key),
        data: { workflow: 'submitted' },
        draft: true,
        overrideAccess: true,
      })
    }
    const theirs = (await draftsIn(cms.payload, 'submitted', 'ja', 50, users['department-editor'])).filter((i) => i.collection === 'kpis')
    expect(theirs.map((i) => i.title)).toEqual(['観光客入込数'])
    const approver = (await draftsIn(cms.payload, 'submitted', 'ja', 50, users.approver)).filter((i) => i.collection === 'kpis')
    expect(approver.map((i) => i.title).sort()).toEqual(['新規雇用者数（累計）', '観光客入込数'].sort())
  })
})

describe('implementation plans: a 部署担当 changes only their department’s projects', () => {
  it('reads the editions that hold their projects, and changes only those rows', async () => {
    const dept = users['department-editor']
    const { docs } = await cms.payload.find({ collection: 'implementation-plans', draft: true, ...as(dept) })
    expect(docs.length).toBe(2)
    const edition = docs[0]
    const projects = edition.projects ?? []
    const ownIndex = projects.findIndex((p) => p.department === ids['shoko-kanko'])
    const otherIndex = projects.findIndex((p) => p.department === ids['hoken-fukushi'])
    expect(ownIndex).toBeGreaterThanOrEqual(0)

    const withTitle = (i: number, title: string) => projects.map((p, j) => (j === i ? { ...p, title } : p))
    // As the admin's form saves: the whole document sent back, only their project's row changed.
    const { id: _id, createdAt: _c, updatedAt: _u, _status: _s, ...form } = edition
    const saved = await cms.payload.update({
      collection: 'implementation-plans',
      id: edition.id,
      data: { ...form, projects: withTitle(ownIndex, '部署担当が直した事業名'), workflow: 'submitted' },
      draft: true,
      ...as(dept),
    })
    expect(saved.projects?.[ownIndex].title).toBe('部署担当が直した事業名')

    const other = await rejection(
      cms.payload.update({
        collection: 'implementation-plans',
        id: edition.id,
        data: { projects: withTitle(otherIndex, '他部署の事業を変更') },
        draft: true,
        ...as(dept),
      }),
    )
    expect(other.status).toBe(403)
    expect(other.message).toMatch(/^保存できません: 「事業 › 担当部署」は自分の担当部署にしてください/)
    const edited = await rejection(
      cms.payload.update({ collection: 'implementation-plans', id: edition.id, data: { title: '実施計画の名称変更' }, draft: true, ...as(dept) }),
    )
    expect(edited.status).toBe(403)
    const publish = await rejection(cms.payload.update({ collection: 'implementation-plans', id: edition.id, data: { _status: 'published' }, ...as(dept) }))
    expect(publish.status).toBe(403)
  })
})

describe('departments and users', () => {
  it('lets every signed-in user read departments and only admins change them', async () => {
    for (const role of ROLES) {
      const { totalDocs } = await cms.payload.find({ collection: 'departments', ...as(users[role]) })
      expect(totalDocs, role).toBe(6)
      const changed = await outcome(
        cms.payload.update({ collection: 'departments', id: ids['shobo'] ?? ids['shoko-rodo'], data: { order: 9 }, ...as(users[role]) }),
      )
      expect(changed, role).toBe(role === 'admin')
    }
  })

  it('shows sample department names with サンプル', async () => {
    const department = await cms.payload.findByID({ collection: 'departments', id: ids['shoko-rodo'], ...as(users.viewer) })
    expect(department).toMatchObject({ name: '商工労働部', title: '商工労働部（サンプル）', sample: true })
  })

  it('does not let a 部署担当 change their own departments', async () => {
    const dept = users['department-editor']
    const error = await rejection(cms.payload.update({ collection: 'users', id: dept.id, data: { departments: [ids['shoko-rodo']] }, ...as(dept) }))
    expect(error.status).toBe(403)
    expect(error.message).toBe('所属部署は管理者のみが変更できます。')
  })
})

describe('the REST and GraphQL APIs', () => {
  it('answer a 部署担当 with their department’s KPIs only', async () => {
    const token = await http.login(users['department-editor'].email)
    const rest = await http.rest('GET', '/api/kpis?depth=0&draft=true&limit=100', { token })
    expect(rest.status).toBe(200)
    const own = await kpiKeysOf(OWN)
    expect(own).toContain('dept-new-kpi')
    expect(new Set(rest.json.docs.map((d: { key: string }) => d.key))).toEqual(own)
    const gql = await http.graphql('{ Kpis(limit: 100, draft: true) { docs { key } } }', { token })
    expect(new Set(gql.json.data.Kpis.docs.map((d: { key: string }) => d.key))).toEqual(own)
    const other = await http.rest('GET', `/api/kpis/${await idByKey(cms.payload, 'kpis', 'shinki-koyo')}?depth=0`, { token })
    expect(other.status).toBe(404)
  })
})

// Last: the copies it leaves behind would change what the tests above count.
describe('role matrix: every editorial collection × role', () => {
  it('reads, creates, updates drafts, publishes and deletes as each role may', async () => {
    // Media are uploads (a file per create): their access is the editorial one, tested in access.test.ts.
    const slugs = editorialSlugs(cms.payload).filter((s) => s !== 'media')
    expect(slugs).toEqual(expect.arrayContaining(['kpis', 'implementation-plans', 'goals', 'pages']))
    const seen: string[] = []
    for (const slug of slugs) {
      const collection = slug as 'goals'
      const where = slug === 'kpis' ? { key: { equals: 'kanko-kyaku' } } : undefined
      const { docs } = await cms.payload.find({ collection, where, depth: 0, draft: true, limit: 1, overrideAccess: true, sort: '-order' })
      const source = docs[0]
      for (const role of ROLES) {
        const user = users[role]
        const { totalDocs } = await cms.payload.find({ collection, draft: true, limit: 1, ...as(user) })
        expect(totalDocs, `${slug} read by ${role}`).toBeGreaterThan(0)

        const key = `matrix-${role}-${slug}`.slice(0, 60)
        const created = await outcome(cms.payload.create({ collection, data: copyOf<'goals'>(source, key), draft: true, ...as(user) }))
        expect(created, `${slug} create by ${role}`).toBe(expected(role, slug).create)
        // The rest works on a copy made by an admin, so that deleting it breaks no link.
        const target = created
          ? await idByKey(cms.payload, slug, key)
          : (await cms.payload.create({ collection, data: copyOf<'goals'>(source, key), draft: true, overrideAccess: true, locale: 'ja' })).id
        expect(
          await outcome(cms.payload.update({ collection, id: target, data: { workflow: 'submitted' }, draft: true, ...as(user) })),
          `${slug} draft by ${role}`,
        ).toBe(expected(role, slug).updateDraft)
        expect(await outcome(cms.payload.update({ collection, id: target, data: { _status: 'published' }, ...as(user) })), `${slug} publish by ${role}`).toBe(
          expected(role, slug).publish,
        )
        expect(await outcome(cms.payload.delete({ collection, id: target, ...as(user) })), `${slug} delete by ${role}`).toBe(expected(role, slug).delete)
        seen.push(`${slug}/${role}`)
      }
    }
    expect(seen).toHaveLength(slugs.length * ROLES.length)
  }, 120_000)
})
