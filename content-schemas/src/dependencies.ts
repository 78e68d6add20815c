import { COLLECTION_NAMES, type CollectionName, references, type Snapshot } from './snapshot.ts'
import { valuesAt } from './validate.ts'

/** A record named by collection and key, e.g. `kpis/population`. */
export type RecordId = string
export const recordId = (collection: CollectionName, key: string): RecordId => `${collection}/${key}`

/**
 * Pages of these collections show their plan's progress as a whole (how many KPIs are rated, as of which year), so
 * they read every KPI of their plan, not only the KPIs that reference them.
 */
const PLAN_WIDE: Partial<Record<CollectionName, true>> = { goals: true, 'strategy-goals': true }

export interface DependencyMap {
  /** Records a record refers to (its plan, goal, parent, …), from the snapshot's reference fields. */
  targets: Map<RecordId, Set<RecordId>>
  /** The reverse: records that refer to a record. */
  referrers: Map<RecordId, Set<RecordId>>
}

/** Which record refers to which, over every reference field of the contract (`references`). */
export function dependencyMap(data: Snapshot): DependencyMap {
  const targets = new Map<RecordId, Set<RecordId>>()
  const referrers = new Map<RecordId, Set<RecordId>>()
  for (const collection of COLLECTION_NAMES) {
    for (const record of data[collection]) {
      const from = recordId(collection, record.key)
      const out = targets.get(from) ?? new Set<RecordId>()
      targets.set(from, out)
      for (const [refPath, target] of Object.entries(references[collection] ?? {})) {
        for (const { value } of valuesAt(record, refPath)) {
          if (typeof value !== 'string') continue
          const to = recordId(target as CollectionName, value)
          out.add(to)
          referrers.set(to, (referrers.get(to) ?? new Set()).add(from))
        }
      }
    }
  }
  return { targets, referrers }
}

function closure(start: Iterable<RecordId>, edges: Map<RecordId, Set<RecordId>>): Set<RecordId> {
  const seen = new Set<RecordId>()
  const queue = [...start]
  while (queue.length > 0) {
    for (const next of edges.get(queue.pop()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next)
        queue.push(next)
      }
    }
  }
  return seen
}

/**
 * The records whose pages read any of the `changed` records, so must be rendered again:
 * - the changed records themselves;
 * - everything they refer to, transitively: a KPI's goal, plan item and plan show its rating and figures, rolled
 *   up (a goal's rating counts its KPIs), and a meeting lists the KPIs it verified;
 * - everything that refers to them, transitively: a goal's plan items, their KPIs and projects show its title
 *   (breadcrumbs, context);
 * - pages that show their whole plan's progress (PLAN_WIDE) in a plan the changed records belong to.
 * Pages that are not a record's (lists, home, data downloads, feeds, search) are always rendered.
 */
export function affectedRecords(data: Snapshot, changed: Iterable<RecordId>, map = dependencyMap(data)): Set<RecordId> {
  const start = [...changed]
  const up = closure(start, map.targets)
  const down = closure(start, map.referrers)
  const affected = new Set<RecordId>([...start, ...up, ...down])
  const plans = [...affected].filter((id) => id.startsWith('plans/'))
  for (const plan of plans) {
    for (const id of map.referrers.get(plan) ?? []) {
      if (PLAN_WIDE[id.slice(0, id.indexOf('/')) as CollectionName]) affected.add(id)
    }
  }
  return affected
}

export interface SnapshotChange {
  /** Records present in both snapshots whose content differs. */
  changed: RecordId[]
  /**
   * Why the change cannot be rendered record by record (a full build is needed), or null: records added or removed
   * (lists, navigation, redirects), site settings or media changed.
   */
  needsFullBuild: string | null
}

/** What differs between the previous release's snapshot and the new one. */
export function compareSnapshots(before: Snapshot, after: Snapshot): SnapshotChange {
  if (JSON.stringify(before.settings) !== JSON.stringify(after.settings)) return { changed: [], needsFullBuild: 'site settings changed' }
  const changed: RecordId[] = []
  for (const collection of COLLECTION_NAMES) {
    const old = new Map<string, string>(before[collection].map((r) => [r.key, JSON.stringify(r)]))
    if (old.size !== after[collection].length) return { changed, needsFullBuild: `${collection}: records added or removed` }
    for (const record of after[collection]) {
      const previous = old.get(record.key)
      if (previous === undefined) return { changed, needsFullBuild: `${collection}: records added or removed` }
      if (previous !== JSON.stringify(record)) {
        if (collection === 'media') return { changed, needsFullBuild: 'media changed' }
        changed.push(recordId(collection, record.key))
      }
    }
    // Order matters for lists and navigation that keep the snapshot's order.
    if (before[collection].some((r, i) => r.key !== after[collection][i].key)) return { changed, needsFullBuild: `${collection}: order changed` }
  }
  return { changed, needsFullBuild: null }
}
