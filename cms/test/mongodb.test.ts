import { describe, expect, it } from 'vitest'
import { exportSnapshot } from '../src/snapshot/exportSnapshot.ts'
import { seed } from '../src/seed/index.ts'
import { useCms } from './cms.ts'

/**
 * The production database. No MongoDB server can run on the development machines, so this suite runs only when
 * MONGODB_URI points at one (a throwaway database: it is dropped afterwards) and says plainly when it was skipped.
 */
const mongoUri = process.env.MONGODB_URI

if (!mongoUri) {
  console.warn('SKIPPED: MongoDB integration tests — set MONGODB_URI=mongodb://… to run them against a real server.')
}

describe.skipIf(!mongoUri)('MongoDB adapter (MONGODB_URI)', () => {
  const cms = useCms({ mongoUri })

  it('seeds, exports the same snapshot as SQLite would, and seeds idempotently', async () => {
    const { snapshot } = await exportSnapshot(cms.payload)
    expect(snapshot.goals).toHaveLength(5)
    expect(snapshot.meetings.find((m) => m.key === 'sogo-keikaku-shingikai-2015-1')?.date).toBe('2015-06-08')
    expect((await seed(cms.payload)).created).toEqual({})
  })

  it('refuses deleting a goal that others link to', async () => {
    const { docs } = await cms.payload.find({ collection: 'goals', where: { key: { equals: 'goal-1-miryoku' } } })
    await expect(cms.payload.delete({ collection: 'goals', id: docs[0].id })).rejects.toThrow(/削除できません/)
  })

  it('links department records where KPIs named their department before departments were records, once', async () => {
    const { linkMongoDepartmentNames } = await import('../src/db/mongoDepartments.ts')
    const db = cms.payload.db as unknown as {
      collections: Record<
        string,
        { collection: { findOne(f: object): Promise<Record<string, unknown> | null>; updateOne(f: object, u: object): Promise<unknown> } }
      >
    }
    const kpis = db.collections.kpis.collection
    const { docs } = await cms.payload.find({ collection: 'kpis', where: { key: { equals: 'shinki-koyo' } }, depth: 0 })
    const stored = (await kpis.findOne({ key: 'shinki-koyo' }))!
    // The shape this KPI had before departments were records: a localized name.
    await kpis.updateOne({ _id: stored._id }, { $set: { department: { ja: '新設推進課', en: 'New Promotion Division' } } })
    expect(await linkMongoDepartmentNames(cms.payload)).toBeGreaterThan(0)
    const kpi = await cms.payload.findByID({ collection: 'kpis', id: docs[0].id, depth: 1, locale: 'en' })
    expect(kpi.department).toMatchObject({ name: 'New Promotion Division', sample: false })
    expect(await linkMongoDepartmentNames(cms.payload)).toBe(0)
  })
})
