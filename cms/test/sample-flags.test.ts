import { handleEndpoints, type Payload, type SelectField } from 'payload'
import { describe, expect, it } from 'vitest'
import type { Kpi } from '../src/payload-types.ts'
import { fieldErrors, makeUser, rejection, useCms } from './cms.ts'

const cms = useCms()

type Row = { id: string; fiscalYear: number; value: number; status: string; sample: boolean }
type KpiDoc = { id: number; sampleFields: string[]; actuals: Row[]; verifications: Row[]; unit: string; definition: string }

const readKpi = async (payload: Payload, key: string) => {
  const { docs } = await payload.find({ collection: 'kpis', where: { key: { equals: key } }, draft: true, depth: 0, locale: 'ja' })
  return docs[0] as unknown as KpiDoc
}
const flags = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.fiscalYear, r.sample]))
const saveDraft = (payload: Payload, id: number, data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  payload.update({ collection: 'kpis', id, data: data, draft: true, locale: 'ja', depth: 0, ...extra })

describe('sample flags are per value, and what staff type is the city’s own', () => {
  it('seeds each KPI actual and verification with its own flag, not a whole-array flag', async () => {
    const kpi = await readKpi(cms.payload, 'shinki-koyo')
    expect(kpi.sampleFields).toEqual(['definition', 'baseline', 'target'])
    expect(Object.values(flags(kpi.actuals))).toEqual([true, true, true, true])
    expect(kpi.verifications.length).toBeGreaterThan(0)
    expect(kpi.verifications.every((v) => v.sample)).toBe(true)
  })

  it('editing one sample actual in a draft clears only that actual’s flag', async () => {
    const editor = await makeUser(cms.payload, 'editor')
    const kpi = await readKpi(cms.payload, 'shinki-koyo')
    const actuals = kpi.actuals.map((a) => (a.fiscalYear === 2018 ? { ...a, value: 297 } : a))
    await saveDraft(cms.payload, kpi.id, { actuals, workflow: 'draft' }, { user: editor, overrideAccess: false })
    const after = await readKpi(cms.payload, 'shinki-koyo')
    expect(flags(after.actuals)).toEqual({ 2015: true, 2016: true, 2017: true, 2018: false })
    expect(after.actuals.find((a) => a.fiscalYear === 2018)?.value).toBe(297)
    expect(after.sampleFields).toEqual(['definition', 'baseline', 'target'])
    expect(after.verifications.map((v) => v.sample)).toEqual(kpi.verifications.map(() => true))
  })

  it('editing another field leaves every flag alone, even with the whole form sent back', async () => {
    const kpi = await readKpi(cms.payload, 'kanko-kyaku')
    const { id, ...form } = kpi
    await saveDraft(cms.payload, id, { ...form, unit: '万人回（延べ）' })
    const after = await readKpi(cms.payload, 'kanko-kyaku')
    expect(after.unit).toBe('万人回（延べ）')
    expect(after.sampleFields).toEqual(kpi.sampleFields)
    expect(flags(after.actuals)).toEqual(flags(kpi.actuals))
    expect(flags(after.verifications)).toEqual(flags(kpi.verifications))
  })

  it('editing a flagged text field or group clears that field’s flag only', async () => {
    const kpi = await readKpi(cms.payload, 'kanko-kyaku')
    await saveDraft(cms.payload, kpi.id, {
      definition: '市内の主な観光地の観光客入込数（岩手県観光統計）',
      baseline: { fiscalYear: 2014, value: 281 },
      sampleFields: kpi.sampleFields,
    })
    expect((await readKpi(cms.payload, 'kanko-kyaku')).sampleFields).toEqual(['target'])
  })

  it('keeps a flag the same request sets, on a row and on a field', async () => {
    const kpi = await readKpi(cms.payload, 'shinki-koyo')
    const actuals = kpi.actuals.map((a) => (a.fiscalYear === 2018 ? { ...a, value: 300, sample: true } : a))
    await saveDraft(cms.payload, kpi.id, { actuals, unit: '（サンプル）人', sampleFields: [...kpi.sampleFields, 'unit'] })
    const after = await readKpi(cms.payload, 'shinki-koyo')
    expect(flags(after.actuals)[2018]).toBe(true)
    expect(after.sampleFields).toContain('unit')
  })

  it('a new row keeps the flag it is given (unchecked by default)', async () => {
    const kpi = await readKpi(cms.payload, 'kanko-kyaku')
    await saveDraft(cms.payload, kpi.id, { actuals: [...kpi.actuals, { fiscalYear: 2018, value: 295, status: 'preliminary' }] })
    expect(flags((await readKpi(cms.payload, 'kanko-kyaku')).actuals)[2018]).toBe(false)
  })

  it('clears only the edited budget year of an implementation plan; the project and other years stay samples', async () => {
    const { docs } = await cms.payload.find({ collection: 'implementation-plans', where: { key: { equals: 'jisshi-keikaku-2016' } }, draft: true, depth: 0 })
    const plan = docs[0] as unknown as { id: number; projects: Array<{ sample: boolean; years: Row[] & Array<{ budgetThousandYen: number }> }> }
    const projects = plan.projects.map((p, i) =>
      i === 0 ? { ...p, years: p.years.map((y) => (y.fiscalYear === 2017 ? { ...y, budgetThousandYen: 3210 } : y)) } : p,
    )
    await cms.payload.update({ collection: 'implementation-plans', id: plan.id, data: { projects }, draft: true, depth: 0 })
    const after = (await cms.payload.findByID({ collection: 'implementation-plans', id: plan.id, draft: true, depth: 0 })) as unknown as typeof plan
    expect(after.projects.map((p) => p.sample)).toEqual(plan.projects.map(() => true))
    expect(flags(after.projects[0].years)).toEqual({ 2016: true, 2017: false, 2018: true })
    expect(flags(after.projects[1].years)).toEqual({ 2016: true, 2017: true, 2018: true })
  })

  it('does the same through the REST API, matching rows by fiscal year when the client sends no row ids', async () => {
    const { default: config } = await import('../src/payload.config.ts')
    const editor = await makeUser(cms.payload, 'editor')
    const { token } = await cms.payload.login({ collection: 'users', data: { email: editor.email, password: 'correct horse battery' } })
    const kpi = await readKpi(cms.payload, 'taiki-jido')
    const actuals = kpi.actuals.map(({ id: _id, ...a }, i) => (i === 0 ? { ...a, value: a.value + 1 } : a))
    const response = await handleEndpoints({
      config,
      payloadInstanceCacheKey: process.env.DATABASE_URI,
      request: new Request(`http://localhost/api/kpis/${kpi.id}?draft=true&locale=ja`, {
        method: 'PATCH',
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ actuals }),
      }),
    })
    expect(response.status).toBe(200)
    const after = await readKpi(cms.payload, 'taiki-jido')
    expect(after.actuals.map((a) => a.sample)).toEqual(kpi.actuals.map((_, i) => i !== 0))
  })

  it('does the same through GraphQL', async () => {
    const { default: config } = await import('../src/payload.config.ts')
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const editor = await makeUser(cms.payload, 'editor')
    const { token } = await cms.payload.login({ collection: 'users', data: { email: editor.email, password: 'correct horse battery' } })
    const kpi = await readKpi(cms.payload, 'ilc-event-sankasha')
    // The whole row is sent back: a row without its source would be a changed row (the source is removed).
    const actuals = kpi.actuals.map(({ id: _id, ...a }, i) => (i === 1 ? { ...a, value: a.value + 10 } : a))
    const query = `mutation ($id: Int!, $data: mutationKpiUpdateInput!) { updateKpi(id: $id, data: $data, draft: true, locale: ja) { actuals { fiscalYear sample } } }`
    const response = await GRAPHQL_POST(config)(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ query, variables: { id: kpi.id, data: { actuals } } }),
      }),
    )
    const body = (await response.json()) as { errors?: unknown; data?: { updateKpi: { actuals: Row[] } } }
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined()
    expect(body.data?.updateKpi.actuals.map((a) => a.sample)).toEqual(kpi.actuals.map((_, i) => i !== 1))
  })
})

describe('the admin names the flaggable fields by their labels', () => {
  const options = (slug: 'kpis' | 'plans' | 'media') => {
    const field = cms.payload.collections[slug].config.fields.find((f) => 'name' in f && f.name === 'sampleFields') as SelectField
    return Object.fromEntries(field.options.map((o) => (typeof o === 'string' ? [o, o] : [o.value, (o.label as { ja: string }).ja])))
  }

  it('offers the document’s own fields in Japanese, and no array whose rows carry their own flag', () => {
    const kpi = options('kpis')
    expect(kpi).toMatchObject({ definition: '定義・算出方法', baseline: '基準値', 'baseline.value': '基準値 › 値', department: '担当部署' })
    expect(Object.keys(kpi)).not.toContain('actuals')
    expect(Object.keys(kpi)).not.toContain('verifications')
    expect(Object.keys(kpi)).not.toContain('key')
    expect(options('plans')).toMatchObject({ 'vision.text': '将来像 › 説明', 'vision.slogan': '将来像 › スローガン' })
    expect(options('media')).toMatchObject({ file: 'ファイル' })
  })

  it('refuses a path that is not one of them, naming the field', async () => {
    const kpi = await readKpi(cms.payload, 'jishu-bosai-soshiki')
    // Deliberately not one of the options the type lists: the server must refuse what the admin would never send.
    const notAnOption: string = 'actuals'
    const error = await rejection(
      cms.payload.update({ collection: 'kpis', id: kpi.id, data: { sampleFields: [notAnOption] as Kpi['sampleFields'] }, locale: 'ja' }),
    )
    expect(fieldErrors(error).join('\n')).toMatch(/^sampleFields: /m)
  })
})
