import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrations } from '../src/migrations/index.ts'

/**
 * An existing database at the schema before departments (KPI and project departments as localized text) upgrades
 * without loss: the migration runs on real SQLite, then the CMS starts on the result and reads it.
 */
const MIGRATION = '20261126_221057_departments'
let dir: string
let url: string
let payload: Payload

/** The migrations run here on the bare database, before any CMS starts: they use only `db` (no Payload, no request). */
const bare = (db: MigrateUpArgs['db']) => ({ db }) as MigrateUpArgs & MigrateDownArgs

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'keikaku-departments-migration-'))
  url = `file:${path.join(dir, 'old.db')}`
  const db = drizzle({ connection: { url } })
  const index = migrations.findIndex((m) => m.name === MIGRATION)
  expect(index).toBeGreaterThan(0)
  for (const migration of migrations.slice(0, index)) {
    await migration.up(bare(db))
    await db.run(sql`INSERT INTO payload_migrations (name, batch) VALUES (${migration.name}, 1)`)
  }
  // Two published KPIs (one named in both languages), a newer draft of the second naming another department, and
  // an implementation plan with two projects.
  await db.run(
    sql`INSERT INTO kpis (id, key, kind, direction, "order", _status) VALUES (1, 'k-one', 'kpi', 'higher', 1, 'published'), (2, 'k-two', 'kpi', 'higher', 2, 'published')`,
  )
  await db.run(sql`INSERT INTO kpis_locales (name, unit, department, _locale, _parent_id) VALUES
    ('指標1', '人', '商工労働部', 'ja', 1), ('KPI one', 'people', 'Commerce and Labour', 'en', 1),
    ('指標2', '件', ' 総務部 ', 'ja', 2)`)
  await db.run(sql`INSERT INTO _kpis_v (id, parent_id, version_key, version__status, latest) VALUES
    (10, 1, 'k-one', 'published', 1), (20, 2, 'k-two', 'published', 0), (21, 2, 'k-two', 'draft', 1)`)
  await db.run(sql`INSERT INTO _kpis_v_locales (version_name, version_department, _locale, _parent_id) VALUES
    ('指標1', '商工労働部', 'ja', 10), ('指標2', '総務部', 'ja', 20), ('指標2', '企画部', 'ja', 21)`)
  await db.run(sql`INSERT INTO implementation_plans (id, key, _status) VALUES (1, 'ip', 'published')`)
  await db.run(sql`INSERT INTO implementation_plans_projects (_order, _parent_id, id, key) VALUES (1, 1, 'row-a', 'p-a'), (2, 1, 'row-b', 'p-b')`)
  await db.run(sql`INSERT INTO implementation_plans_projects_locales (title, department, _locale, _parent_id) VALUES
    ('事業A', '総務部', 'ja', 'row-a'), ('事業B', '消防本部', 'ja', 'row-b')`)
  db.$client.close()

  process.env.DATABASE_URI = url
  process.env.KEIKAKU_MEDIA_DIR = path.join(dir, 'media')
  const { getPayloadClient } = await import('../src/getPayloadClient.ts')
  payload = await getPayloadClient()
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
  rmSync(dir, { recursive: true, force: true })
})

describe(`migration ${MIGRATION}`, () => {
  it('makes a department record of every name a KPI, a version or a project gave', async () => {
    const { docs } = await payload.find({ collection: 'departments', locale: 'all', depth: 0, pagination: false, sort: 'order' })
    expect(docs.map((d) => ({ key: d.key, name: d.name, sample: d.sample }))).toEqual([
      // The seed's names keep the seed's keys and stay samples; the city's own get numbered keys to rename.
      { key: 'shoko-rodo', name: { ja: '商工労働部', en: 'Commerce and Labour' }, sample: true },
      { key: 'department-2', name: { ja: '総務部' }, sample: false },
      { key: 'department-3', name: { ja: '企画部' }, sample: false },
      { key: 'shobo', name: { ja: '消防本部' }, sample: true },
    ])
  })

  it('links each KPI, its versions and each project to its department', async () => {
    const depth1 = { depth: 1, locale: 'ja' as const, overrideAccess: true }
    const one = await payload.findByID({ collection: 'kpis', id: 1, ...depth1 })
    expect(one).toMatchObject({ name: '指標1', unit: '人' })
    expect(one.department).toMatchObject({ key: 'shoko-rodo', name: '商工労働部', title: '商工労働部（サンプル）' })
    const twoPublished = await payload.findByID({ collection: 'kpis', id: 2, ...depth1 })
    expect(twoPublished.department).toMatchObject({ key: 'department-2', name: '総務部' })
    const twoDraft = await payload.findByID({ collection: 'kpis', id: 2, draft: true, ...depth1 })
    expect(twoDraft.department).toMatchObject({ key: 'department-3', name: '企画部' })
    const plan = await payload.findByID({ collection: 'implementation-plans', id: 1, ...depth1 })
    expect(plan.projects?.map((p) => (p.department as { key: string }).key)).toEqual(['department-2', 'shobo'])
  })

  it('migrates down to the names again', async () => {
    const db = drizzle({ connection: { url } })
    const migration = migrations.find((m) => m.name === MIGRATION)!
    await migration.down(bare(db))
    const rows = (await db.all(sql`SELECT department, _locale FROM kpis_locales WHERE _parent_id = 1 ORDER BY _locale`)) as Array<{ department: string }>
    expect(rows.map((r) => r.department)).toEqual(['Commerce and Labour', '商工労働部'])
    const versions = (await db.all(sql`SELECT version_department AS d FROM _kpis_v_locales WHERE _parent_id = 21`)) as Array<{ d: string }>
    expect(versions[0].d).toBe('企画部')
    const projects = (await db.all(sql`SELECT title, department FROM implementation_plans_projects_locales ORDER BY _parent_id`)) as unknown[]
    expect(projects).toEqual([
      { title: '事業A', department: '総務部' },
      { title: '事業B', department: '消防本部' },
    ])
    db.$client.close()
  })
})
