import path from 'node:path'
import type { CollectionName } from '@keikaku/content-schemas'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { KEEP_SAMPLE_FLAGS } from '../hooks/clearSampleFlags.ts'
import { paragraphsToLexical } from '../snapshot/lexical.ts'
import { toDocument, type Locale } from '../snapshot/toDocument.ts'
import { ichinosekiSeed } from './data/index.ts'
import { seedDepartments } from './departments.ts'
import { SEED_FILES_DIR } from './fixture.ts'
import type { SeedData } from './types.ts'

/** Referenced collections first, so every key resolves to an id already created. */
const SEED_ORDER = [
  'media',
  'plans',
  'principles',
  'goals',
  'approaches',
  'priority-projects',
  'plan-items',
  'implementation-plans',
  'strategy-goals',
  'bodies',
  'meetings',
  'kpis',
  'pages',
] as const satisfies CollectionName[]

/**
 * Seeding writes many documents; the site is built once afterwards, not per document. Its sample flags are meant as
 * written (the English pass must not count as an edit).
 */
const SEEDING = { skipSitePublish: true, ...KEEP_SAMPLE_FLAGS }

export interface SeedReport {
  created: Partial<Record<CollectionName, number>>
  kept: number
}

const hasEnglish = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.some(hasEnglish)
    : typeof value === 'object' && value !== null
      ? Object.entries(value).some(([k, v]) => (k === 'en' ? v !== null : hasEnglish(v)))
      : false

/**
 * Loads the seed into the CMS as published documents, Japanese first and the English reference translation second.
 * Documents whose key already exists are left as they are, so running it again changes nothing (and never
 * overwrites an editor's work).
 */
export async function seed(payload: Payload, data: SeedData = ichinosekiSeed): Promise<SeedReport> {
  const ids = new Map<string, string | number>()
  const idOf = (collection: CollectionName, key: string) => {
    const id = ids.get(`${collection}/${key}`)
    if (id === undefined) throw new Error(`Seed: ${collection} "${key}" is referred to before it exists`)
    return id
  }
  const report: SeedReport = { created: {}, kept: 0 }
  // The settings are seeded last: once they exist the seed is complete, and a record an editor has since deleted
  // or renamed must not come back on the next start.
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  if ((settings as { cityName?: string }).cityName) return report

  // KPIs and projects name their department; the CMS links the department record.
  const departmentIds = await seedDepartments(payload, data, SEEDING)
  const departmentId = (name: { ja: string }) => departmentIds.get(name.ja)!
  const linkDepartments = (collection: CollectionName, record: Record<string, unknown>): Record<string, unknown> => {
    if (collection === 'kpis') return { ...record, department: departmentId(record.department as { ja: string }) }
    if (collection !== 'implementation-plans') return record
    const projects = record.projects as Array<Record<string, unknown> & { department: { ja: string } }>
    return { ...record, projects: projects.map((p) => ({ ...p, department: departmentId(p.department) })) }
  }

  for (const collection of SEED_ORDER) {
    const { docs } = await payload.find({
      collection: collection,
      depth: 0,
      draft: true,
      pagination: false,
      overrideAccess: true,
      select: { key: true },
    })
    for (const doc of docs as Array<{ id: string | number; key: string }>) ids.set(`${collection}/${doc.key}`, doc.id)

    for (const record of data[collection] as Array<Record<string, unknown> & { key: string }>) {
      if (ids.has(`${collection}/${record.key}`)) {
        report.kept++
        continue
      }
      const input = collection === 'pages' ? pageInput(record) : linkDepartments(collection, record)
      const { file, ...fields } = input as Record<string, unknown> & { file?: string }
      // The seed data passed the content-schemas validation; toDocument maps it onto this collection's fields.
      const inLocale = (locale: Locale) =>
        ({ ...toDocument(collection, fields, locale, idOf), _status: 'published' }) as RequiredDataFromCollectionSlug<typeof collection>
      const created = (await payload.create({
        collection: collection,
        data: inLocale('ja'),
        locale: 'ja',
        overrideAccess: true,
        context: SEEDING,
        ...(file ? { filePath: path.resolve(SEED_FILES_DIR, file) } : {}),
      })) as { id: string | number }
      ids.set(`${collection}/${record.key}`, created.id)
      if (hasEnglish(fields)) {
        await payload.update({
          collection: collection,
          id: created.id,
          data: inLocale('en'),
          locale: 'en',
          overrideAccess: true,
          context: SEEDING,
        })
      }
      report.created[collection] = (report.created[collection] ?? 0) + 1
    }
  }
  await seedSettings(payload, data.settings)
  return report
}

/** Seeded pages carry paragraphs; the CMS stores rich text. */
function pageInput(record: Record<string, unknown>) {
  const { paragraphs, ...rest } = record as { paragraphs: Array<{ ja: string; en: string | null }> }
  const en = paragraphs.every((p) => p.en) ? paragraphsToLexical(paragraphs.map((p) => p.en!)) : null
  return { ...rest, body: { ja: paragraphsToLexical(paragraphs.map((p) => p.ja)), en } }
}

/** Last, because filled settings mark the seed complete (checked at the start of `seed`). */
async function seedSettings(payload: Payload, settings: SeedData['settings']) {
  for (const locale of ['ja', 'en'] as const) {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: toDocument(null, settings, locale, () => ''),
      locale,
      overrideAccess: true,
      context: SEEDING,
    })
  }
}
