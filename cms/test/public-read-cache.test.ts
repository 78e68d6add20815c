import { beforeAll, describe, expect, it } from 'vitest'
import { makeUser, useCms } from './cms.ts'
import { useHttp } from './http.ts'

const cms = useCms()
const http = useHttp(cms)
let kpiId: number
let editor: string

beforeAll(async () => {
  editor = await http.login((await makeUser(cms.payload, 'editor')).email)
  const { docs } = await cms.payload.find({ collection: 'kpis', where: { key: { equals: 'taiki-jido' } }, depth: 0 })
  kpiId = docs[0].id as number
})

const nameOf = (answer: { json: { docs: Array<{ id: number; name: string }> } }) => answer.json.docs.find((k) => k.id === kpiId)?.name

describe('anonymous REST reads are kept until the next write', () => {
  it('answers a repeated anonymous read from memory, with the same body', async () => {
    await http.rest('GET', '/api/kpis?limit=1') // the route's first request starts its Payload
    const first = await http.rest('GET', '/api/kpis?limit=100')
    const second = await http.rest('GET', '/api/kpis?limit=100')
    expect(first.status).toBe(200)
    expect(second.text).toBe(first.text)
    expect(second.headers.get('x-keikaku-cache')).toBe('HIT')
  })

  it('shows a published change at once, and keeps drafts from anonymous readers', async () => {
    expect(nameOf(await http.rest('GET', '/api/kpis?limit=100'))).not.toBe('公開した新しい名前')
    await cms.payload.update({ collection: 'kpis', id: kpiId, data: { name: '公開した新しい名前', _status: 'published' }, overrideAccess: true })
    expect(nameOf(await http.rest('GET', '/api/kpis?limit=100'))).toBe('公開した新しい名前')

    const draft = await http.rest('PATCH', `/api/kpis/${kpiId}?draft=true`, { token: editor, body: { name: '下書きの名前' } })
    expect(draft.status, draft.text).toBe(200)
    expect(nameOf(await http.rest('GET', '/api/kpis?limit=100'))).toBe('公開した新しい名前')
    // Staff read the database, drafts included.
    const staff = await http.rest('GET', '/api/kpis?limit=100&draft=true', { token: editor })
    expect(nameOf(staff)).toBe('下書きの名前')
    expect(staff.headers.get('x-keikaku-cache')).toBeNull()
  })

  it('shows a changed global at once', async () => {
    await http.rest('GET', '/api/globals/site-settings')
    const { municipalityCode } = await cms.payload.findGlobal({ slug: 'site-settings', depth: 0 })
    await cms.payload.updateGlobal({ slug: 'site-settings', data: { municipalityCode: '032026' }, overrideAccess: true })
    expect((await http.rest('GET', '/api/globals/site-settings')).json.municipalityCode).toBe('032026')
    await cms.payload.updateGlobal({ slug: 'site-settings', data: { municipalityCode }, overrideAccess: true })
  })

  it('lets concurrent anonymous readers of one URL share one database read', async () => {
    await cms.payload.update({ collection: 'kpis', id: kpiId, data: { name: '同時に読む', _status: 'published' }, overrideAccess: true })
    // The instance the route handlers use (Payload's default one, as under `next start`).
    const { getPayload } = await import('payload')
    const served = await getPayload({ config: await (await import('../src/payload.config.ts')).default })
    const db = served.db as unknown as { find: (args: { collection: string }) => Promise<unknown> }
    const find = db.find
    let kpiReads = 0
    db.find = (args) => {
      if (args.collection === 'kpis') kpiReads++
      return find.call(db, args)
    }
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, () => http.rest('GET', '/api/kpis?limit=100&depth=0')))
      expect(new Set(answers.map((a) => a.status))).toEqual(new Set([200]))
      expect(new Set(answers.map((a) => a.text)).size).toBe(1)
      expect(nameOf(answers[0])).toBe('同時に読む')
      expect(kpiReads).toBe(1)
    } finally {
      db.find = find
    }
  })

  it('never keeps refusals or users', async () => {
    const refused = await http.rest('GET', '/api/users?limit=10')
    expect(refused.status).toBe(403)
    expect(refused.headers.get('x-keikaku-cache')).toBeNull()
    const tooMany = await http.rest('GET', '/api/kpis?limit=0')
    expect(tooMany.status).toBe(400)
  })
})
