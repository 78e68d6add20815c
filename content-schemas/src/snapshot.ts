import { z } from 'zod'
import { body, meeting } from './body.ts'
import { implementationPlan } from './implementation-plan.ts'
import { kpi } from './kpi.ts'
import { media, page, settings } from './page.ts'
import { plan } from './plan.ts'
import { approach, goal, planItem, principle, priorityProject } from './plan-structure.ts'
import { strategyGoal } from './strategy-goal.ts'

/** Every published collection, by the file name it has in a snapshot (`<name>.json`). */
export const collectionSchemas = {
  plans: plan,
  principles: principle,
  goals: goal,
  approaches: approach,
  'priority-projects': priorityProject,
  'plan-items': planItem,
  'implementation-plans': implementationPlan,
  'strategy-goals': strategyGoal,
  kpis: kpi,
  bodies: body,
  meetings: meeting,
  pages: page,
  media,
} as const
export type CollectionName = keyof typeof collectionSchemas
export const COLLECTION_NAMES = Object.keys(collectionSchemas) as CollectionName[]
/** The collections whose every record has pages of its own (media are files, shown inside other pages). */
export const RECORD_COLLECTIONS = COLLECTION_NAMES.filter((name): name is Exclude<CollectionName, 'media'> => name !== 'media')

export const snapshotMeta = z.strictObject({
  schemaVersion: z.literal(1),
  exportedAt: z.iso.datetime({ offset: true }),
  /** Where the snapshot came from, e.g. "cms" or "fixture". */
  source: z.string(),
})

export const snapshot = z.strictObject({
  meta: snapshotMeta,
  settings,
  ...(Object.fromEntries(COLLECTION_NAMES.map((name) => [name, z.array(collectionSchemas[name])])) as {
    [K in CollectionName]: z.ZodArray<(typeof collectionSchemas)[K]>
  }),
})
export type Snapshot = z.infer<typeof snapshot>
/** A record of a published collection, e.g. `RecordOf<'kpis'>`. */
export type RecordOf<C extends CollectionName> = Snapshot[C][number]

/** How many records a snapshot holds, over all collections. */
export const countRecords = (data: Snapshot) => COLLECTION_NAMES.reduce((n, name) => n + data[name].length, 0)

/**
 * Which key fields point at which collection. `[]` steps into every element of an array.
 * Checked after the shapes, so that a dangling key names its document and field.
 */
export const references: { [C in CollectionName]?: Record<string, CollectionName> } = {
  plans: { predecessor: 'plans' },
  principles: { plan: 'plans' },
  goals: { plan: 'plans' },
  approaches: { plan: 'plans' },
  'priority-projects': { plan: 'plans', 'goals[]': 'goals' },
  'plan-items': { plan: 'plans', goal: 'goals', parent: 'plan-items' },
  'implementation-plans': { plan: 'plans', 'projects[].planItem': 'plan-items' },
  'strategy-goals': { plan: 'plans', 'goals[]': 'goals' },
  kpis: {
    'plans[]': 'plans',
    'goals[]': 'goals',
    'priorityProjects[]': 'priority-projects',
    'strategyGoals[]': 'strategy-goals',
    'planItems[]': 'plan-items',
    'verifications[].body': 'bodies',
    'verifications[].meeting': 'meetings',
  },
  bodies: { 'plans[]': 'plans', parent: 'bodies', goal: 'goals' },
  meetings: { body: 'bodies', 'documents[].file': 'media' },
  pages: { parent: 'pages', 'roleTables[].bodies[]': 'bodies' },
}
