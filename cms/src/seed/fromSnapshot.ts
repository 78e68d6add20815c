import path from 'node:path'
import { snapshotMediaDir } from '@keikaku/content-schemas/io'
import type { Snapshot } from '@keikaku/content-schemas'
import type { SeedData } from './types.ts'

const strip = <T extends { updatedAt: string; formerKeys: string[] }>({ updatedAt: _u, formerKeys: _f, ...rest }: T) => rest

/** Paragraph texts of simple `<p>…</p>` HTML (what the CMS exports for seeded pages). */
const paragraphs = (html: string | null) =>
  (html ?? '')
    .split(/<\/p>/)
    .map((p) => p.replace(/<[^>]+>/g, '').trim())
    .filter(Boolean)

/**
 * Seed data from a snapshot folder's content, e.g. the generated large plan for benchmarks: the reverse of the
 * export, so that a database can be filled with any valid snapshot.
 */
export function seedDataFromSnapshot(snapshot: Snapshot, snapshotDir: string): SeedData {
  const { updatedAt: _u, ...settings } = snapshot.settings
  return {
    settings,
    // The snapshot carries names only: every department named gets a record (see seed/departments.ts).
    departments: [],
    plans: snapshot.plans.map(strip),
    principles: snapshot.principles.map(strip),
    goals: snapshot.goals.map(strip),
    approaches: snapshot.approaches.map(strip),
    'priority-projects': snapshot['priority-projects'].map(strip),
    'plan-items': snapshot['plan-items'].map(strip),
    'implementation-plans': snapshot['implementation-plans'].map(strip),
    'strategy-goals': snapshot['strategy-goals'].map(strip),
    kpis: snapshot.kpis.map(strip),
    bodies: snapshot.bodies.map(strip),
    meetings: snapshot.meetings.map(strip),
    pages: snapshot.pages.map(({ bodyHtml, ...page }) => {
      const [ja, en] = [paragraphs(bodyHtml.ja), paragraphs(bodyHtml.en)]
      return { ...strip(page), paragraphs: ja.map((text, i) => ({ ja: text, en: en[i] ?? null })) }
    }),
    media: snapshot.media.map((m) => ({
      key: m.key,
      kind: m.kind,
      alt: m.alt,
      sampleFields: m.sampleFields,
      file: path.join(snapshotMediaDir(snapshotDir), m.path),
    })),
  }
}
