import { COLLECTION_NAMES, type Snapshot } from '@keikaku/content-schemas'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ichinosekiSeed } from '../src/seed/data/index.ts'
import { SEED_FILES_DIR, snapshotFromSeed } from '../src/seed/fixture.ts'
import { seed } from '../src/seed/index.ts'
import { exportSnapshot } from '../src/snapshot/exportSnapshot.ts'
import { useCms } from './cms.ts'

const cms = useCms()

/** Compares content, not when or under which file name it was stored. */
const comparable = (snapshot: Snapshot) =>
  JSON.parse(JSON.stringify(snapshot, (k, v) => (['updatedAt', 'exportedAt', 'source', 'filename', 'path'].includes(k) ? undefined : v)))

describe('seed → export round trip', () => {
  it('exports every entity of the seed document, in Japanese, as a valid snapshot', async () => {
    const { snapshot } = await exportSnapshot(cms.payload)
    const counts = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, snapshot[c].length]))
    expect(counts).toEqual({
      plans: 2,
      principles: 4,
      goals: 5,
      approaches: 3,
      'priority-projects': 2,
      'plan-items': 25,
      'implementation-plans': 2,
      'strategy-goals': 3,
      kpis: 7,
      bodies: 9,
      meetings: 3,
      pages: 1,
      media: 3,
    })
    const plan = snapshot.plans.find((p) => p.key === 'sogo-keikaku')!
    expect(plan.vision?.slogan.ja).toBe('みつけよう育てよう　郷土の宝　いのち輝く一関')
    expect(plan.periodText.ja).toBe('目標年次を平成37年（2025年）とする10か年計画')
    expect(plan.layers.map((l) => l.name.ja)).toEqual(['基本構想', '基本計画', '実施計画'])
    expect(plan.layers[1].editions).toEqual([{ key: 'zenki', name: { ja: '前期基本計画', en: 'First Basic Plan' }, startFY: 2016, endFY: 2020 }])
    const byOrder = <T extends { order: number }>(records: T[]) => [...records].sort((a, b) => a.order - b.order)
    expect(byOrder(snapshot.principles).map((p) => `${p.title.ja}:${p.sentence.ja}`)).toEqual([
      '郷土の宝物:地域資源を活用しよう',
      '市民主体:自ら考え共に行動しよう',
      '次世代人材支援:郷土を誇りに思う心を育てよう',
      '安全・安心:みんなで支え合い暮らしていこう',
    ])
    expect(byOrder(snapshot.goals).map((g) => g.title.ja)).toEqual([
      '地域資源をみがき生かせる魅力あるまち',
      'みんなが交流して地域が賑わう活力あるまち',
      '自ら輝きながら次代の担い手を応援するまち',
      '郷土の恵みを未来へ引き継ぐ自然豊かなまち',
      'みんなが安心して暮らせる笑顔あふれるまち',
    ])
    expect(byOrder(snapshot.approaches).map((a) => a.title.ja)).toEqual(['市民と行政の協働のまちづくり', '健全な行財政運営', '広域連携の推進'])
    expect(snapshot['priority-projects'].map((p) => p.title.ja).sort()).toEqual(['ILCの推進', '東日本大震災への対応'].sort())
    const shigoto = snapshot['strategy-goals'].find((g) => g.key === 'shigoto')!
    expect([shigoto.banner.ja, shigoto.category.ja, shigoto.headline.ja, shigoto.theme.ja]).toEqual([
      '中東北の拠点都市の形成',
      'しごと',
      '若者や女性が集うまち',
      '産業振興と雇用の創出',
    ])
    const council = snapshot.bodies.find((b) => b.key === 'yushikisha-kaigi')!
    expect(council.duties.map((d) => d.ja)).toContain('重要業績評価指標（KPI）の検証を行う')
    expect(snapshot.bodies.filter((b) => b.parent === 'machizukuri-staff-kaigi')).toHaveLength(5)
    const meeting = snapshot.meetings.find((m) => m.key === 'sogo-keikaku-shingikai-2015-1')!
    expect(meeting.date).toBe('2015-06-08')
    expect(meeting.documents[0]).toMatchObject({ code: '資料№１－２', file: 'shiryo-1-2-taikei-an' })
    expect(snapshot.pages[0].bodyHtml.ja).toContain('<p>総合戦略の策定プロセスとして')
    expect(snapshot.pages[0].roleTables.map((r) => [r.title.ja, r.bodies])).toEqual([
      ['総合計画審議会とまち・ひと・しごと創生有識者会議の役割', ['sogo-keikaku-shingikai', 'yushikisha-kaigi']],
      ['まちづくりスタッフ会議とまち・ひと・しごとを語る会の役割', ['machizukuri-staff-kaigi', 'machi-hito-shigoto-wo-kataru-kai']],
    ])
    expect([snapshot.settings.municipalityCode, snapshot.settings.officialSiteUrl]).toEqual(['032093', 'https://www.city.ichinoseki.iwate.jp/'])
    expect(snapshot.media.find((m) => m.key === 'vision-illustration')).toMatchObject({ kind: 'image', width: 1200, height: 600 })
  })

  it('exports exactly what the seed holds (the contract: CMS export = fixture built from the seed)', async () => {
    const { snapshot } = await exportSnapshot(cms.payload)
    const expected = snapshotFromSeed(ichinosekiSeed)
    for (const name of COLLECTION_NAMES) {
      expected[name].sort((a, b) => a.key.localeCompare(b.key))
    }
    expect(comparable(snapshot)).toEqual(comparable(expected))
  })

  it('running the seed again changes nothing', async () => {
    const before = await exportSnapshot(cms.payload)
    const versionsBefore = await cms.payload.countVersions({ collection: 'goals' })
    const report = await seed(cms.payload)
    expect(report.created).toEqual({})
    const after = await exportSnapshot(cms.payload)
    expect({ ...after.snapshot, meta: null }).toEqual({ ...before.snapshot, meta: null })
    expect(await cms.payload.countVersions({ collection: 'goals' })).toEqual(versionsBefore)
  })
})

describe('export reads published versions only', () => {
  it('leaves out a document that was never published', async () => {
    await cms.payload.create({
      collection: 'goals',
      data: { key: 'draft-goal', title: '下書きの目標', plan: await planId(), order: 9 },
      draft: true,
    })
    const { snapshot } = await exportSnapshot(cms.payload)
    expect(snapshot.goals.map((g) => g.key)).not.toContain('draft-goal')
  })

  it('keeps the published text while a newer draft waits for approval', async () => {
    const goal = await findGoal('goal-1-miryoku')
    await cms.payload.update({ collection: 'goals', id: goal.id, data: { title: '未承認の新しい名称' }, draft: true, locale: 'ja' })
    const { snapshot } = await exportSnapshot(cms.payload)
    expect(snapshot.goals.find((g) => g.key === 'goal-1-miryoku')?.title.ja).toBe('地域資源をみがき生かせる魅力あるまち')
  })

  it('leaves out an upload that was never published', async () => {
    await cms.payload.create({
      collection: 'media',
      data: { alt: '未承認の資料', key: 'unapproved-pdf' },
      filePath: path.join(SEED_FILES_DIR, 'shiryo-1-2-taikei-an.pdf'),
      draft: true,
    })
    const { snapshot } = await exportSnapshot(cms.payload)
    expect(snapshot.media.map((m) => m.key)).not.toContain('unapproved-pdf')
  })

  it('links by the published key while a renamed key waits in a draft', async () => {
    const goal = await findGoal('goal-5-anshin')
    await cms.payload.update({ collection: 'goals', id: goal.id, data: { key: 'goal-5-renamed' }, draft: true })
    const { snapshot } = await exportSnapshot(cms.payload)
    expect(snapshot.goals.map((g) => g.key)).toContain('goal-5-anshin')
    expect(snapshot['strategy-goals'].find((g) => g.key === 'machi')?.goals).toContain('goal-5-anshin')
  })

  it('does not bring back on the next start a record an editor deleted', async () => {
    const { docs } = await cms.payload.find({ collection: 'meetings', where: { key: { equals: 'machizukuri-staff-kaigi-bukai-3-2015-1' } } })
    await cms.payload.delete({ collection: 'meetings', id: docs[0].id })
    await seed(cms.payload)
    const after = await cms.payload.count({ collection: 'meetings', where: { key: { equals: 'machizukuri-staff-kaigi-bukai-3-2015-1' } } })
    expect(after.totalDocs).toBe(0)
  })

  async function planId() {
    const { docs } = await cms.payload.find({ collection: 'plans', where: { key: { equals: 'sogo-keikaku' } } })
    return docs[0].id
  }
  async function findGoal(key: string) {
    const { docs } = await cms.payload.find({ collection: 'goals', where: { key: { equals: key } } })
    return docs[0]
  }
})
