import type { CollectionName } from '@keikaku/content-schemas'
import type { SeedData } from '../types.ts'
import { easyHome, easyProgress, easySummaries, readings } from './easy.ts'
import { bodies } from './bodies.ts'
import { departments } from './departments.ts'
import { approaches, goals, principles, priorityProjects } from './concept.ts'
import { kpis } from './kpis.ts'
import { media } from './media.ts'
import { meetings } from './meetings.ts'
import { pages } from './pages.ts'
import { plans } from './plans.ts'
import { implementationPlans, planItems } from './sectoral.ts'
import { settings } from './settings.ts'
import { strategyGoals } from './strategy.ts'

/** Adds the seeded やさしい日本語 summaries to their records, flagged as samples. */
function withEasy<R extends { key: string; sampleFields: string[] }>(collection: CollectionName, records: R[]): R[] {
  return records.map((r) => {
    const easySummary = easySummaries[collection]?.[r.key]
    return easySummary ? { ...r, easySummary, sampleFields: [...r.sampleFields, 'easySummary'] } : r
  })
}

/** Ichinoseki's plan, from ../shared/seeds: the city's own words, with samples flagged in `sampleFields`. */
export const ichinosekiSeed: SeedData = {
  settings: { ...settings, easySummary: easyHome, readings, sampleFields: [...settings.sampleFields, 'easySummary'] },
  plans: withEasy('plans', plans).map((p) => ({ ...p, easyProgress, sampleFields: [...p.sampleFields, 'easyProgress'] })),
  principles: withEasy('principles', principles),
  goals: withEasy('goals', goals),
  approaches,
  'priority-projects': withEasy('priority-projects', priorityProjects),
  'plan-items': planItems,
  'implementation-plans': implementationPlans,
  'strategy-goals': strategyGoals,
  departments,
  kpis,
  bodies: withEasy('bodies', bodies),
  meetings: withEasy('meetings', meetings),
  pages,
  media,
}
