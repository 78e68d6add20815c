import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { validateSnapshot, type LocalizedText, type Snapshot } from '@keikaku/content-schemas'
import { departmentsToSeed } from './departments.ts'
import type { SeedData } from './types.ts'
import { escapeHtml } from '@keikaku/content-schemas/html'

export const SEED_FILES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'files')

export function paragraphsToHtml(paragraphs: LocalizedText[]): LocalizedText {
  const html = (lang: 'ja' | 'en') => paragraphs.map((p) => `<p>${escapeHtml(p[lang] ?? '')}</p>`).join('')
  return { ja: html('ja'), en: paragraphs.every((p) => p.en) ? html('en') : null }
}

/** PNG width and height from the IHDR chunk; other formats have none recorded here. */
function pngSize(file: string): { width: number; height: number } | null {
  const bytes = readFileSync(file)
  return bytes.readUInt32BE(12) === 0x49484452 ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : null
}

/**
 * The snapshot the CMS would export right after seeding, built without a database: fixtures for site tests
 * and the basis of the generated large plan in benchmarks. The CMS's real export is tested against it.
 */
export function snapshotFromSeed(seed: SeedData, updatedAt = '2026-04-01T00:00:00.000Z'): Snapshot {
  const stamp = { formerKeys: [], updatedAt }
  // As the export says it: a KPI whose department's name is a sample has `department` among its sample fields.
  const sampleDepartments = new Set(
    departmentsToSeed(seed)
      .filter((d) => d.sample)
      .map((d) => d.name.ja),
  )
  const withDepartmentFlag = <R extends { department: { ja: string }; sampleFields: string[] }>(r: R): R =>
    sampleDepartments.has(r.department.ja) ? { ...r, sampleFields: [...r.sampleFields.filter((f) => f !== 'department'), 'department'] } : r
  return validateSnapshot({
    meta: { schemaVersion: 1, exportedAt: updatedAt, source: 'fixture' },
    settings: { ...seed.settings, updatedAt },
    plans: seed.plans.map((r) => ({ ...r, ...stamp })),
    principles: seed.principles.map((r) => ({ ...r, ...stamp })),
    goals: seed.goals.map((r) => ({ ...r, ...stamp })),
    approaches: seed.approaches.map((r) => ({ ...r, ...stamp })),
    'priority-projects': seed['priority-projects'].map((r) => ({ ...r, ...stamp })),
    'plan-items': seed['plan-items'].map((r) => ({ ...r, ...stamp })),
    'implementation-plans': seed['implementation-plans'].map((r) => ({ ...r, ...stamp })),
    'strategy-goals': seed['strategy-goals'].map((r) => ({ ...r, ...stamp })),
    kpis: seed.kpis.map((r) => ({ ...withDepartmentFlag(r), ...stamp })),
    bodies: seed.bodies.map((r) => ({ ...r, ...stamp })),
    meetings: seed.meetings.map((r) => ({ ...r, ...stamp })),
    pages: seed.pages.map(({ paragraphs, ...r }) => ({ ...r, bodyHtml: paragraphsToHtml(paragraphs), ...stamp })),
    media: seed.media.map(({ file, ...r }) => {
      const full = path.join(SEED_FILES_DIR, file)
      const size = r.kind === 'image' ? pngSize(full) : null
      return {
        ...r,
        ...stamp,
        filename: file,
        path: file,
        mimeType: file.endsWith('.pdf') ? 'application/pdf' : 'image/png',
        filesize: statSync(full).size,
        width: size?.width ?? null,
        height: size?.height ?? null,
      }
    }),
  })
}
