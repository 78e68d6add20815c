import { readFileSync } from 'node:fs'

/**
 * Incremental builds: the publish pipeline renders only the pages that a change affects and reuses the previous
 * build for the rest. The record routes leave the pages of unaffected records out of their getStaticPaths
 * (skippedRecords, through recordPaths in paths.ts), so Astro neither renders nor writes them; the pipeline then
 * links the previous build's files of those records into the new build. Pages that are not a record's (lists, home,
 * data downloads, feeds) are always rendered.
 */

/** Path of a JSON file (SkippedPages) naming the records whose pages are not rendered, and those pages. */
export const SKIP_RECORDS_ENV = 'KEIKAKU_SKIP_RECORDS'

export interface SkippedPages {
  /** Record ids (`kpis/population`). */
  records: string[]
  /** Their pages in the previous build (paths below the base, `kpis/population/`): the sitemap still lists them. */
  pages: string[]
}

let skipped: SkippedPages | undefined
const skipFile = (): SkippedPages => {
  const file = process.env[SKIP_RECORDS_ENV]
  skipped ??= file ? (JSON.parse(readFileSync(file, 'utf8')) as SkippedPages) : { records: [], pages: [] }
  return skipped
}
let records: ReadonlySet<string> | undefined
/** The records whose pages this build leaves to the previous build (none in a full build). */
export function skippedRecords(): ReadonlySet<string> {
  records ??= new Set(skipFile().records)
  return records
}
/** The pages this build leaves to the previous build (paths below the base). */
export const skippedPages = (): readonly string[] => skipFile().pages

/** Files the pipeline keeps inside each build for the next incremental one (a dot folder: never served). */
export const BUILD_STATE_DIR = '.keikaku'
/** Where Pagefind writes a build's search index. */
export const SEARCH_INDEX_DIR = 'pagefind'
/** A build's folders that hold no pages: Pagefind's index, Astro's assets, the build's state. */
export const NON_PAGE_DIRS = [SEARCH_INDEX_DIR, '_astro', BUILD_STATE_DIR]
/** Per Japanese page, the readings of its words that the search index gets (ruby is added once, when rendered). */
export const READINGS_FILE = `${BUILD_STATE_DIR}/readings.json`
/**
 * What Pagefind indexes, one document per page at the page's path (search-document.ts); kept with the build so that
 * the next incremental build links the documents of the pages it reuses instead of preparing them again.
 */
export const SEARCH_DOCS_DIR = `${BUILD_STATE_DIR}/search`

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
