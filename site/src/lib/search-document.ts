import { SearchIgnoredElements, splitTags } from './html-tags.ts'
import { normalizeIndexedHtml } from './search-query.ts'
import { withReadings } from './search-readings.ts'

const BODY = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>/
const LANG = /<html\b[^>]*\blang="([^"]*)"/
/** Furigana (which the index leaves out: Pagefind's excludeSelectors) and SVG (which Pagefind skips). */
const NOT_INDEXED = /<rt>[^<]*<\/rt>|<rp>[^<]*<\/rp>|<svg\b[\s\S]*?<\/svg>/g

/**
 * A built page as Pagefind gets it, or null for a page it leaves out (no `data-pagefind-body`: lists and navigation;
 * Pagefind skips those too once any page has a body, and every record page has one). Pagefind indexes only the
 * body, so only the body is sent, in a bare document that keeps the page's language (Pagefind splits its index by
 * it): the site's header, menus and footer are neither parsed nor normalised on every page. What Pagefind would drop
 * anyway, the furigana, the charts and the elements marked `data-pagefind-ignore` (lists of other records, a KPI's
 * table: most of a KPI page's body), is dropped here, so that it is neither written nor parsed; the readings of the
 * page's words are added as hidden terms, and all is NFKC-folded like the queries.
 */
export function indexedDocument(html: string, readings: string[]): string | null {
  const open = BODY.exec(html)
  if (!open) return null
  const end = html.lastIndexOf('</main>')
  if (end < open.index) return null
  const lang = LANG.exec(html)?.[1] ?? ''
  const body = withoutIgnored(html.slice(open.index, end + '</main>'.length)).replace(NOT_INDEXED, '')
  return normalizeIndexedHtml(withReadings(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${body}</body></html>`, readings))
}

function withoutIgnored(html: string): string {
  const ignored = new SearchIgnoredElements()
  return splitTags(html)
    .filter((part, i) => (i % 2 === 1 ? !ignored.tag(part) : !ignored.inside))
    .join('')
}
