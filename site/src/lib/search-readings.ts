/** How much a reading match counts against a match in the page's own text (Pagefind's default weight is 1). */
export const READING_WEIGHT = 2

/**
 * The page as Pagefind indexes it: the readings of its words (こそだて for 子育て) appended to its indexed body as
 * hidden terms, once each. Only the index gets them; the served page is not changed. Pages outside the index
 * (no data-pagefind-body) are left alone.
 */
export function withReadings(html: string, words: string[]): string {
  if (words.length === 0 || !html.includes('data-pagefind-body')) return html
  const terms = [...new Set(words)].join(' ')
  const at = html.lastIndexOf('</main>')
  if (at < 0) return html
  return `${html.slice(0, at)}<div hidden data-pagefind-weight="${READING_WEIGHT}">${terms}</div>${html.slice(at)}`
}
