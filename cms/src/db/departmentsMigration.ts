import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'
import { departmentRecordFor } from './departmentKeys.ts'

type Db = MigrateUpArgs['db']

/**
 * The KPI and project department, moved from a localized text to a link to a department record (migration
 * 20261126_221057_departments). Each table pair: where the name was (a locales table) and where the link goes.
 */
const MOVES = [
  { locales: 'kpis_locales', name: 'department', target: 'kpis', link: 'department_id' },
  { locales: '_kpis_v_locales', name: 'version_department', target: '_kpis_v', link: 'version_department_id' },
  { locales: 'implementation_plans_projects_locales', name: 'department', target: 'implementation_plans_projects', link: 'department_id' },
  {
    locales: '_implementation_plans_v_version_projects_locales',
    name: 'department',
    target: '_implementation_plans_v_version_projects',
    link: 'department_id',
  },
] as const

const SAMPLE_MARK = { ja: '（サンプル）', en: ' (sample)' }

const raw = (name: string) => sql.raw(`\`${name}\``)

/**
 * Up, between adding the link columns and dropping the text columns: every department name any KPI, project or
 * version of them gives becomes a department record (Japanese name, with the English one where given), and each row
 * links its record. Nothing is lost: the names live on in the records.
 */
export async function moveDepartmentNamesToRecords(db: Db): Promise<void> {
  const names = new Map<string, string | null>()
  for (const move of MOVES) {
    const rows = (await db.all(sql`
      SELECT trim(ja.${raw(move.name)}) AS ja, trim(en.${raw(move.name)}) AS en
      FROM ${raw(move.locales)} ja
      LEFT JOIN ${raw(move.locales)} en ON en._parent_id = ja._parent_id AND en._locale = 'en'
      WHERE ja._locale = 'ja' AND trim(coalesce(ja.${raw(move.name)}, '')) != ''
      ORDER BY ja._parent_id`)) as Array<{ ja: string; en: string | null }>
    for (const { ja, en } of rows) if (!names.has(ja) || (!names.get(ja) && en)) names.set(ja, en || null)
  }
  await db.run(sql`CREATE TEMP TABLE department_names (name text PRIMARY KEY, id integer NOT NULL)`)
  const used = new Set<string>()
  let order = 0
  for (const [ja, en] of names) {
    order += 1
    const { key, sample } = departmentRecordFor(ja, order, used)
    const [{ id }] = (await db.all(sql`INSERT INTO departments (key, sample, "order") VALUES (${key}, ${sample ? 1 : 0}, ${order}) RETURNING id`)) as Array<{
      id: number
    }>
    for (const [locale, name] of [
      ['ja', ja],
      ['en', en],
    ] as const) {
      if (!name) continue
      const title = sample ? `${name}${SAMPLE_MARK[locale]}` : name
      await db.run(sql`INSERT INTO departments_locales (name, title, _locale, _parent_id) VALUES (${name}, ${title}, ${locale}, ${id})`)
    }
    await db.run(sql`INSERT INTO department_names (name, id) VALUES (${ja}, ${id})`)
  }
  for (const move of MOVES) {
    await db.run(sql`
      UPDATE ${raw(move.target)} SET ${raw(move.link)} = (
        SELECT m.id FROM ${raw(move.locales)} l JOIN department_names m ON m.name = trim(l.${raw(move.name)})
        WHERE l._parent_id = ${raw(move.target)}.id AND l._locale = 'ja'
      )`)
  }
  await db.run(sql`DROP TABLE department_names`)
}

type Linked = { parent: string | number; locale: string; name: string }

/** Down, before the link columns go: each row's department name in each language. */
export async function readLinkedDepartmentNames(db: Db): Promise<Map<string, Linked[]>> {
  const result = new Map<string, Linked[]>()
  for (const move of MOVES) {
    const rows = (await db.all(sql`
      SELECT t.id AS parent, dl._locale AS locale, dl.name AS name
      FROM ${raw(move.target)} t JOIN departments_locales dl ON dl._parent_id = t.${raw(move.link)}
      WHERE dl.name IS NOT NULL`)) as Linked[]
    result.set(move.locales, rows)
  }
  return result
}

/** Down, after the text columns are back: the names written into them again. */
export async function writeDepartmentNames(db: Db, linked: Map<string, Linked[]>): Promise<void> {
  for (const move of MOVES) {
    for (const row of linked.get(move.locales) ?? []) {
      await db.run(sql`UPDATE ${raw(move.locales)} SET ${raw(move.name)} = ${row.name} WHERE _parent_id = ${row.parent} AND _locale = ${row.locale}`)
    }
  }
}
