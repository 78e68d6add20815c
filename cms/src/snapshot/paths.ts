import { references, type CollectionName } from '@keikaku/content-schemas'

/** Turns a concrete path like `projects.2.planItem` into the reference pattern `projects[].planItem`. */
export const patternOf = (path: Array<string | number>) =>
  path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[]` : acc ? `${acc}.${part}` : part), '')

/** The collection a field at this path refers to, if it is a reference. */
export function referenceTarget(collection: CollectionName, path: Array<string | number>): CollectionName | undefined {
  return references[collection]?.[patternOf(path)]
}

/** Calendar-date fields: `YYYY-MM-DD` in the snapshot, a date (midnight in Japan) in the CMS. */
export const DATE_FIELDS: Partial<Record<CollectionName, string[]>> = { meetings: ['date'] }
