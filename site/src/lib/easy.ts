import { RATINGS, rateKpi, type LocalizedText, type Rating } from '@keikaku/content-schemas'
import { entityPath } from './links.ts'
import { isSample, type SiteIndex } from './site-index.ts'

/** The kinds of page in the /easy/ edition, in the order its home page lists them. */
export const EASY_SECTIONS = ['plans', 'vision', 'progress', 'principles', 'goals', 'priority-projects', 'bodies', 'meetings'] as const
export type EasySection = (typeof EASY_SECTIONS)[number]

/** One page of the /easy/ edition: a record's reviewed plain-Japanese summary. */
export interface EasyPage {
  section: EasySection
  /** Path under the site root, e.g. `easy/goals/goal-1/`. */
  path: string
  title: LocalizedText
  summary: string
  /** The summary is sample text (listed in the record's sampleFields). */
  sample: boolean
  /** The regular page of the same record. */
  regularPath: string
  updatedAt: string
  /** KPI rating counts (progress pages only). */
  ratings?: Record<Rating, number>
}

type WithEasy = { key: string; easySummary: string | null; sampleFields: string[]; updatedAt: string }

/**
 * Every /easy/ page the snapshot has a summary for: records without one are not in the edition. A plan's progress page
 * counts its KPIs by rating, under the plan's easy note on progress.
 */
export function easyPages(index: SiteIndex): EasyPage[] {
  const pages: EasyPage[] = []
  const add = (section: EasySection, kind: Parameters<typeof entityPath>[0], record: WithEasy, title: LocalizedText) => {
    if (record.easySummary)
      pages.push({
        section,
        path: `easy/${entityPath(kind, record.key)}`,
        title,
        summary: record.easySummary,
        sample: isSample(record, 'easySummary'),
        regularPath: entityPath(kind, record.key),
        updatedAt: record.updatedAt,
      })
  }
  for (const plan of index.plans) {
    add('plans', 'plans', plan, plan.title)
    if (plan.vision?.easySummary)
      pages.push({
        section: 'vision',
        path: `easy/plans/${plan.key}/vision/`,
        title: plan.vision.slogan,
        summary: plan.vision.easySummary,
        sample: isSample(plan, 'vision.easySummary'),
        regularPath: entityPath('plans', plan.key),
        updatedAt: plan.updatedAt,
      })
    if (plan.easyProgress) {
      const ratings = Object.fromEntries(RATINGS.map((r) => [r, 0])) as Record<Rating, number>
      for (const kpi of index.snapshot.kpis) if (kpi.plans.includes(plan.key)) ratings[rateKpi(kpi).rating]++
      pages.push({
        section: 'progress',
        path: `easy/plans/${plan.key}/progress/`,
        title: plan.shortTitle,
        summary: plan.easyProgress,
        sample: isSample(plan, 'easyProgress'),
        regularPath: entityPath('plans', plan.key),
        updatedAt: plan.updatedAt,
        ratings,
      })
    }
    for (const r of index.principlesOf(plan.key)) add('principles', 'principles', r, r.title)
    for (const r of index.goalsOf(plan.key)) add('goals', 'goals', r, r.title)
    for (const r of index.priorityProjectsOf(plan.key)) add('priority-projects', 'priority-projects', r, r.title)
  }
  for (const body of [...index.snapshot.bodies].sort((a, b) => a.order - b.order)) add('bodies', 'bodies', body, body.name)
  for (const meeting of index.meetingsSorted()) add('meetings', 'meetings', meeting, meeting.title)
  return pages
}
