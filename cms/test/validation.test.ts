import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { SEED_FILES_DIR } from '../src/seed/fixture.ts'
import { fieldErrors, rejection, useCms } from './cms.ts'

const cms = useCms()

async function byKey(payload: Payload, collection: 'kpis' | 'goals' | 'plans', key: string) {
  const { docs } = await payload.find({ collection, where: { key: { equals: key } }, depth: 0, locale: 'ja' })
  return docs[0] as unknown as Record<string, unknown> & { id: number }
}

/** Refuses `update`, and the stored document is exactly as before. */
async function expectRefusedUpdate(collection: 'kpis' | 'goals' | 'plans', key: string, data: Record<string, unknown>) {
  const before = await byKey(cms.payload, collection, key)
  const error = await rejection(cms.payload.update({ collection, id: before.id, data: data, locale: 'ja', depth: 0 }))
  const after = await byKey(cms.payload, collection, key)
  expect(after).toEqual(before)
  return error
}

describe('bad input is refused with a message naming the field, and nothing saved is lost', () => {
  it('refuses a KPI actual outside the plan period', async () => {
    const kpi = await byKey(cms.payload, 'kpis', 'taiki-jido')
    const actuals = [...(kpi.actuals as object[]), { fiscalYear: 2031, value: 3, status: 'final' }]
    const error = await expectRefusedUpdate('kpis', 'taiki-jido', { actuals })
    expect(fieldErrors(error).join('\n')).toMatch(/actuals\.\d+\.fiscalYear: 実績値の年度（2031年度）が計画期間（2015〜2025年度）の外です/)
  })

  it('refuses a target after the plan period but accepts a baseline before it', async () => {
    const error = await expectRefusedUpdate('kpis', 'shakai-zogen', { target: { fiscalYear: 2024, value: 0 } })
    expect(fieldErrors(error)).toContain('target.fiscalYear: 目標値の年度（2024年度）が計画期間（2015〜2019年度）の外です。')
    const kpi = await byKey(cms.payload, 'kpis', 'shakai-zogen')
    const updated = await cms.payload.update({
      collection: 'kpis',
      id: kpi.id,
      data: { baseline: { fiscalYear: 2010, value: -700 } },
      locale: 'ja',
    })
    expect(updated.baseline.fiscalYear).toBe(2010)
  })

  it('refuses a value that is not a number', async () => {
    const kpi = await byKey(cms.payload, 'kpis', 'kanko-kyaku')
    const actuals = [...(kpi.actuals as object[]), { fiscalYear: 2018, value: '三百', status: 'final' }]
    const error = await expectRefusedUpdate('kpis', 'kanko-kyaku', { actuals })
    expect(fieldErrors(error).join('\n')).toMatch(/actuals\.3\.value: /)
  })

  it('refuses the same fiscal year twice in actuals', async () => {
    const kpi = await byKey(cms.payload, 'kpis', 'kanko-kyaku')
    const actuals = [...(kpi.actuals as object[]), { fiscalYear: 2015, value: 1, status: 'final' }]
    const error = await expectRefusedUpdate('kpis', 'kanko-kyaku', { actuals })
    expect(fieldErrors(error)).toContain('actuals: 実績値に2015年度が重複しています。1年度につき1件にしてください。')
  })

  it('refuses the same grade twice in a plan’s grading scale, and keeps what the seed gave', async () => {
    const plan = await byKey(cms.payload, 'plans', 'sogo-senryaku')
    const scale = plan.gradeScale as Array<{ grade: string; label: string }>
    expect(scale.map((s) => s.grade)).toEqual(['A', 'B', 'C', 'D'])
    const gradeScale = [...scale, { grade: 'A', label: '重複', order: 5 }]
    const error = await expectRefusedUpdate('plans', 'sogo-senryaku', { gradeScale })
    expect(fieldErrors(error)).toContain('gradeScale: 評価基準に「A」が重複しています。1つの評価につき1行にしてください。')
  })

  it('refuses a missing required field in Japanese, in Japanese', async () => {
    const error = await expectRefusedUpdate('goals', 'goal-2-kasseika', { title: '' })
    expect(fieldErrors(error)).toContain('title: 「名称」は必須です。')
  })

  it('answers in English when the editor works in English', async () => {
    const goal = await byKey(cms.payload, 'goals', 'goal-2-kasseika')
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({ fallbackLocale: 'ja', locale: 'ja' }, cms.payload)
    req.i18n = { ...req.i18n, language: 'en' }
    const error = await rejection(cms.payload.update({ collection: 'goals', id: goal.id, data: { key: 'Bad Key' }, req }))
    expect(fieldErrors(error).join('\n')).toContain('key: Key "Bad Key" is not allowed')
  })

  it('refuses a duplicate key', async () => {
    const error = await expectRefusedUpdate('goals', 'goal-2-kasseika', { key: 'goal-1-miryoku' })
    expect(fieldErrors(error).join('\n')).toMatch(/^key: /m)
  })

  it('refuses a key that is not a URL-safe slug', async () => {
    const error = await expectRefusedUpdate('goals', 'goal-2-kasseika', { key: '目標2' })
    expect(fieldErrors(error)).toContain('key: キー「目標2」は使えません。半角英小文字・数字・ハイフンのみで入力してください（例: goal-1）。')
  })

  it('refuses a link to a record that does not exist', async () => {
    const error = await expectRefusedUpdate('kpis', 'kanko-kyaku', { goals: [999_999] })
    expect(fieldErrors(error)).toContain('goals: 「まちづくりの目標」に存在しないレコード（ID: 999999）が指定されています。')
  })

  it('refuses deleting a goal that others still link to, and keeps it', async () => {
    const goal = await byKey(cms.payload, 'goals', 'goal-1-miryoku')
    const error = await rejection(cms.payload.delete({ collection: 'goals', id: goal.id }))
    expect(error.message).toMatch(/^削除できません: .+（項目「.+」）がこのレコードを参照しています。/)
    expect(error.status).toBe(409)
    expect(await byKey(cms.payload, 'goals', 'goal-1-miryoku')).toEqual(goal)
  })

  it('deletes a record nothing links to', async () => {
    const plan = await byKey(cms.payload, 'plans', 'sogo-keikaku')
    const goal = await cms.payload.create({
      collection: 'goals',
      data: { key: 'temporary-goal', title: '一時的な目標', plan: plan.id, order: 9, _status: 'published' },
    })
    await cms.payload.delete({ collection: 'goals', id: goal.id })
    expect(await byKey(cms.payload, 'goals', 'temporary-goal')).toBeUndefined()
  })

  it('refuses a reading that is not hiragana in the city reading dictionary, and keeps the seeded readings', async () => {
    const before = await cms.payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(before.readings?.map((r) => `${r.surface}=${r.reading}`)).toContain('一関=いちのせき')
    const error = await rejection(
      cms.payload.updateGlobal({ slug: 'site-settings', data: { readings: [{ surface: '一関', reading: 'イチノセキ' }] }, depth: 0 }),
    )
    expect(fieldErrors(error)).toContain('readings.0.reading: 「読み（ひらがな）」はひらがなで入力してください（例: いちのせき）。入力: イチノセキ')
    expect(await cms.payload.findGlobal({ slug: 'site-settings', depth: 0 })).toEqual(before)
  })

  it('refuses a municipality code that is not 6 digits, and keeps the seeded one', async () => {
    const before = await cms.payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(before.municipalityCode).toBe('032093')
    const error = await rejection(cms.payload.updateGlobal({ slug: 'site-settings', data: { municipalityCode: '03209' }, depth: 0 }))
    expect(fieldErrors(error)).toContain('municipalityCode: 全国地方公共団体コードは半角数字6桁で入力してください（例：032093）。入力値：03209')
    const badUrl = await rejection(cms.payload.updateGlobal({ slug: 'site-settings', data: { officialSiteUrl: 'www.city.ichinoseki.iwate.jp' }, depth: 0 }))
    expect(fieldErrors(badUrl)).toContain(
      'officialSiteUrl: 市の公式サイトのURLは http:// または https:// で始めてください。入力値：www.city.ichinoseki.iwate.jp',
    )
    expect(await cms.payload.findGlobal({ slug: 'site-settings', depth: 0 })).toEqual(before)
  })

  it('refuses an image without alt text', async () => {
    const error = await rejection(
      cms.payload.create({ collection: 'media', data: { key: 'no-alt' }, filePath: path.join(SEED_FILES_DIR, 'vision-illustration.png') }),
    )
    expect(fieldErrors(error)).toContain('alt: 「代替テキスト（画像）／文書名（PDF）」は必須です。')
  })

  it('refuses a file of the wrong type', async () => {
    const file = path.join(cms.dir, 'notes.txt')
    writeFileSync(file, 'plain text')
    const error = await rejection(cms.payload.create({ collection: 'media', data: { key: 'notes', alt: 'メモ' }, filePath: file }))
    const message = 'ファイル「notes.txt」の形式（.txt）はアップロードできません。PNG・JPEG・WebP・AVIF の画像か PDF（20.0 MB まで）を選んでください。'
    expect(fieldErrors(error)).toContain(`file: ${message}`)
    // The message itself is the explanation (the admin's toast shows it), not "The following field is invalid: file".
    expect(error.message).toBe(message)
    expect(await cms.payload.count({ collection: 'media', where: { alt: { equals: 'メモ' } } })).toEqual({ totalDocs: 0 })
  })

  it('refuses an oversized upload', async () => {
    const file = path.join(cms.dir, 'huge.pdf')
    const pdf = readFileSync(path.join(SEED_FILES_DIR, 'shiryo-1-2-taikei-an.pdf'))
    // A valid PDF made large by a comment line after its header.
    const [header, ...rest] = pdf.toString('latin1').split('\n')
    writeFileSync(file, [header, `%${'x'.repeat(21 * 1024 * 1024)}`, ...rest].join('\n'), 'latin1')
    const error = await rejection(cms.payload.create({ collection: 'media', data: { key: 'huge', alt: '大きすぎる資料' }, filePath: file }))
    expect(fieldErrors(error)).toContain(
      'file: ファイル「huge.pdf」は 21.0 MB で、上限の 20.0 MB を超えています。20.0 MB 以下の PNG・JPEG・WebP・AVIF の画像か PDF を選んでください。',
    )
  })
})
