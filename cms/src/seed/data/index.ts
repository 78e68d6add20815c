import type { SeedData } from '../types.ts'
import { bodies } from './bodies.ts'
import { approaches, goals, principles, priorityProjects } from './concept.ts'
import { kpis } from './kpis.ts'
import { media } from './media.ts'
import { meetings } from './meetings.ts'
import { pages } from './pages.ts'
import { plans } from './plans.ts'
import { implementationPlans, planItems } from './sectoral.ts'
import { settings } from './settings.ts'
import { strategyGoals } from './strategy.ts'

/** Ichinoseki's plan, from ../shared/seeds: the city's own words, with samples flagged in `sampleFields`. */
export const ichinosekiSeed: SeedData = {
  settings,
  plans,
  principles,
  goals,
  approaches,
  'priority-projects': priorityProjects,
  'plan-items': planItems,
  'implementation-plans': implementationPlans,
  'strategy-goals': strategyGoals,
  kpis,
  bodies,
  meetings,
  pages,
  media,
}
