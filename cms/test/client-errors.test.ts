import { beforeAll, describe, expect, it } from 'vitest'
import { makeUser, useCms } from './cms.ts'
import { useHttp, type HttpAnswer } from './http.ts'

const cms = useCms()
const http = useHttp(cms)
let editor: string
let editorUser: Awaited<ReturnType<typeof makeUser>>
let kpiId: number

beforeAll(async () => {
  editorUser = await makeUser(cms.payload, 'editor')
  editor = await http.login(editorUser.email)
  const { docs } = await cms.payload.find({ collection: 'kpis', where: { key: { equals: 'taiki-jido' } }, depth: 0 })
  kpiId = docs[0].id as number
})

/** A 4xx with a message in the body: never a 500, never "An unknown error occurred." */
function expectClientError(answer: HttpAnswer, status: number, message: RegExp) {
  expect(answer.status, answer.text).toBe(status)
  const messages = (answer.json?.errors ?? []).flatMap((e: { message: string; data?: { errors?: Array<{ path: string; message: string }> } }) => [
    e.message,
    ...(e.data?.errors ?? []).map((f) => `${f.path}: ${f.message}`),
  ])
  expect(messages.join('\n')).toMatch(message)
}

describe('client errors are 4xx with a message, never 500 (REST)', () => {
  it('answers 404 for an id the database cannot hold', async () => {
    expectClientError(await http.rest('GET', '/api/kpis/abc'), 404, /^ID「abc」のレコードはありません。$/m)
    expectClientError(await http.rest('PATCH', '/api/kpis/abc?draft=true', { token: editor, body: { order: 1 } }), 404, /ID「abc」/)
  })

  it('refuses malformed JSON', async () => {
    expectClientError(await http.rest('PATCH', `/api/kpis/${kpiId}?draft=true`, { token: editor, raw: '{"order":' }), 400, /Invalid JSON/)
  })

  it('refuses a text/plain or form body', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded']) {
      const answer = await http.rest('PATCH', `/api/kpis/${kpiId}?draft=true`, { token: editor, raw: 'key=x', contentType })
      expectClientError(answer, 400, /^送信内容が JSON オブジェクトではありません。/m)
    }
  })

  it('refuses a body that is not an object', async () => {
    for (const raw of ['"abc"', '[]', '42', 'null']) {
      expectClientError(await http.rest('POST', '/api/kpis?draft=true', { token: editor, raw }), 400, /JSON オブジェクトではありません/)
      expectClientError(await http.rest('PATCH', `/api/kpis/${kpiId}?draft=true`, { token: editor, raw }), 400, /JSON オブジェクトではありません/)
    }
  })

  it('refuses deeply nested JSON', async () => {
    const deep = (levels: number, inner: string) => '{"a":'.repeat(levels) + inner + '}'.repeat(levels)
    expectClientError(await http.rest('PATCH', `/api/kpis/${kpiId}?draft=true`, { token: editor, raw: deep(50_000, '1') }), 400, /入れ子が深すぎます/)
    const note = `{"actuals":[{"fiscalYear":2015,"value":1,"note":${deep(5_000, '1')}}]}`
    expectClientError(await http.rest('PATCH', `/api/kpis/${kpiId}?draft=true`, { token: editor, raw: note }), 400, /入れ子が深すぎます/)
  })

  it('refuses an id of a record that does not exist, or of the wrong shape, in a relation', async () => {
    for (const body of [{ plans: ['abc'] }, { plans: [99_999] }, { goals: [{ relationTo: 'goals', value: 1 }] }]) {
      const answer = await http.rest('PATCH', `/api/kpis/${kpiId}?draft=true`, { token: editor, body })
      expectClientError(answer, 400, /^(plans|goals): /m)
    }
  })

  it('refuses an object or a number where text belongs', async () => {
    const goal = (await cms.payload.find({ collection: 'goals', limit: 1, depth: 0 })).docs[0]
    expectClientError(
      await http.rest('PATCH', `/api/goals/${goal.id}?draft=true`, { token: editor, body: { description: { a: 1 } } }),
      400,
      /^description: 「.+」には文字列を入力してください。$/m,
    )
    expectClientError(await http.rest('PATCH', `/api/kpis/${kpiId}?draft=true`, { token: editor, body: { name: 12 } }), 400, /^name: 「指標名」には文字列/m)
  })

  it('refuses an invalid date instead of moving it to another day', async () => {
    const meeting = (await cms.payload.find({ collection: 'meetings', limit: 1, depth: 0 })).docs[0]
    const answer = await http.rest('PATCH', `/api/meetings/${meeting.id}?draft=true`, { token: editor, body: { date: '2019-02-30' } })
    expectClientError(answer, 400, /^date: 「開催日」の日付「2019-02-30」は正しくありません。/m)
  })

  it('refuses a limit out of range', async () => {
    for (const limit of ['-5', 'abc', '100000000', '0', '1.5']) {
      expectClientError(await http.rest('GET', `/api/kpis?limit=${limit}`), 400, /^limit（.*）は 1〜1000 の整数で指定してください。$/m)
    }
    const ok = await http.rest('GET', '/api/kpis?limit=1000&depth=0')
    expect(ok.status).toBe(200)
  })

  it('refuses text longer than the limit in every text field', async () => {
    const answer = await http.rest('PATCH', `/api/kpis/${kpiId}?draft=true&locale=ja`, { token: editor, body: { unit: 'x'.repeat(40_001) } })
    expectClientError(answer, 400, /^unit: 「単位」が長すぎます/m)
  })

  it('keeps the length limit on the site settings too', async () => {
    const admin = await makeUser(cms.payload, 'admin')
    const token = await http.login(admin.email)
    const answer = await http.rest('POST', '/api/globals/site-settings?locale=ja', { token, body: { siteTitle: 'x'.repeat(40_001) } })
    expectClientError(answer, 400, /^siteTitle: 「サイト名」が長すぎます/m)
  })

  it('tells a user who tries to change their own role that only admins can', async () => {
    const answer = await http.rest('PATCH', `/api/users/${editorUser.id}`, { token: editor, body: { role: 'admin' } })
    expectClientError(answer, 403, /^権限は管理者のみが変更できます。$/m)
    const stored = await cms.payload.findByID({ collection: 'users', id: editorUser.id })
    expect(stored.role).toBe('editor')
  })
})

describe('client errors are 4xx with a message, never 500 (GraphQL)', () => {
  it('refuses a fragment cycle', async () => {
    const answer = await http.graphql('query { Kpis { docs { ...A } } } fragment A on Kpi { ...B } fragment B on Kpi { ...A }')
    expectClientError(answer, 400, /フラグメント「.」が自分自身を参照しています/)
  })

  it('refuses a selection nested thousands of levels deep without leaking internals', async () => {
    const query = `query { Kpis { docs { ${'plans { '.repeat(5_000)}id${' }'.repeat(5_000)} } } }`
    const answer = await http.graphql(query)
    expectClientError(answer, 400, /入れ子が深すぎます/)
    expect(answer.text).not.toMatch(/Maximum call stack/)
  })

  it('refuses malformed JSON and a body that is not a query', async () => {
    expectClientError(await http.graphql('', { raw: '{"query":' }), 400, /正しい JSON ではありません/)
    expectClientError(await http.graphql('', { raw: 'query { Kpis { totalDocs } }', contentType: 'text/plain' }), 400, /Content-Type: application\/json/)
    expectClientError(await http.graphql('', { raw: '"abc"' }), 400, /query（文字列）がありません/)
  })

  it('refuses a limit out of range', async () => {
    const answer = await http.graphql('query { Kpis(limit: 100000000) { totalDocs } }')
    expect(answer.json.errors[0].message).toMatch(/^limit（100000000）は 1〜1000 の整数で指定してください。$/)
    expect(answer.json.errors[0].extensions.statusCode).toBe(400)
  })

  it('still answers a good query', async () => {
    const answer = await http.graphql('query { Kpis(limit: 5) { totalDocs docs { key } } }')
    expect(answer.status).toBe(200)
    expect(answer.json.data.Kpis.docs).toHaveLength(5)
  })
})
