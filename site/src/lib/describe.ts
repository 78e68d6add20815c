/**
 * A page's <meta name="description"> from its own content: the main text after the heading, without hidden or
 * navigation parts, cut at a sentence end near `max` characters. Pure, for every page that gives none.
 */
export function describeContent(html: string, fallback: string, max = 120): string {
  const text = html
    .replace(/<(script|style|nav|h[1-6]|svg|template|rt|rp)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    // Labels and link lists (badges, 「サンプル」, PDF links) say nothing about the page.
    .replace(/<(span|ul)\b[^>]*class="[^"]*\b(badge|badge-sample|kind-label|print-links)\b[^"]*"[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<([a-z0-9]+)\b[^>]*\bhidden\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[e]!)
    .replace(/\s+/g, ' ')
    .trim()
  if (!text) return fallback
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const end = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('. '))
  return end >= max / 2 ? cut.slice(0, end + 1) : `${cut.slice(0, max - 1)}…`
}
