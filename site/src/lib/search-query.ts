/**
 * Queries and indexed text are both folded with NFKC, so that full-width and half-width forms match
 * (２０１９ = 2019, ＩＬＣ = ILC, ｶﾀｶﾅ = カタカナ). Whitespace (including the ideographic space) is collapsed.
 * Queries are never auto-quoted: Pagefind's phrase search misses some Japanese compounds.
 */
export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').replace(/\s+/gu, ' ').trim()
}

/** Indexed text gets the same folding; markup is ASCII, which NFKC leaves alone. */
export function normalizeIndexedHtml(html: string): string {
  return html.normalize('NFKC')
}
