/**
 * Incremental builds: the publish pipeline renders only the pages that a change affects and reuses the previous
 * build for the rest. Astro has no partial build, so it still generates every route, but the page of an unaffected
 * record is answered by middleware with SKIPPED_PAGE instead of being rendered; the pipeline then puts the previous
 * build's file in its place. Pages that are not a record's (lists, home, data downloads, feeds) are always rendered.
 */

/** Path of a JSON file listing the record ids (`kpis/population`) whose pages are not rendered. */
export const SKIP_RECORDS_ENV = 'KEIKAKU_SKIP_RECORDS'

/** The body written for a skipped page; never served (the pipeline replaces it or fails). */
export const SKIPPED_PAGE = '<!-- keikaku: unchanged, taken from the previous build -->\n'

/** Files the pipeline keeps inside each build for the next incremental one (a dot folder: never served). */
export const BUILD_STATE_DIR = '.keikaku'
/** Per Japanese page, the readings of its words that the search index gets (ruby is added once, when rendered). */
export const READINGS_FILE = `${BUILD_STATE_DIR}/readings.json`

/**
 * Collections with a page per record, as they appear in URLs: content-schemas' RECORD_COLLECTIONS, written out
 * because Astro loads this file with the integrations under Node's type stripping, before any bundler, and the
 * contract's index cannot load there.
 */
const RECORD_PAGES = new Set([
  'plans',
  'principles',
  'goals',
  'approaches',
  'priority-projects',
  'plan-items',
  'implementation-plans',
  'strategy-goals',
  'kpis',
  'bodies',
  'meetings',
  'pages',
])

/**
 * The record a page belongs to, from its (decoded) path below the base: `en/kpis/x/`, `easy/goals/y/`, `plans/z/progress/`
 * and the KPI's own data files `data/kpis/x.json` belong to a record; lists and other pages to none (null).
 */
export function recordOfPage(pagePath: string): string | null {
  const data = /^data\/kpis\/([^/]+)\.(?:json|csv)$/.exec(pagePath)
  if (data) return `kpis/${data[1]}`
  const match = /^(?:en\/)?(?:easy\/)?([a-z-]+)\/([^/]+)\//.exec(pagePath)
  // kpis/2/ is a page of the list: keys of digits only are refused there (route-keys.ts).
  if (!match || !RECORD_PAGES.has(match[1]!) || /^\d+$/.test(match[2]!)) return null
  return `${match[1]}/${match[2]}`
}
