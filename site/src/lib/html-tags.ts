const TAG = /(<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>)/

/**
 * A built page split into its text and its tags, alternately: even indexes hold text (possibly empty), odd indexes
 * a tag or a comment. Quoted attribute values may hold `>`. Joined again, the parts are the page.
 */
export const splitTags = (html: string): string[] => html.split(TAG)

const TAG_NAME = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/
const SEARCH_IGNORED = /\sdata-pagefind-ignore[\s=>]/
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

/** A tag's element name in lower case, whether it closes, and whether it opens an element that a closing tag ends. */
export function tagOf(part: string): { name: string; closing: boolean; opens: boolean } | null {
  const name = TAG_NAME.exec(part)?.[1]?.toLowerCase()
  if (!name) return null
  const closing = part.startsWith('</')
  return { name, closing, opens: !closing && !part.endsWith('/>') && !VOID.has(name) }
}

/**
 * Follows a page's tags, in order, through the elements that the search index leaves out (`data-pagefind-ignore`):
 * `tag(part)` takes the next tag and says whether it belongs to such an element (its opening or closing tag, or any
 * tag between them); `inside` says whether the text after the last tag taken does.
 */
export class SearchIgnoredElements {
  // The left-out element we are in, and how deep in elements of its name.
  private ignored: { name: string; depth: number } | null = null

  get inside(): boolean {
    return this.ignored !== null
  }

  tag(part: string): boolean {
    // Most tags neither open a left-out element nor could close one: no need to read their names.
    if (this.ignored) {
      if (!part.startsWith(`<${this.ignored.name}`) && !part.startsWith(`</${this.ignored.name}`)) return true
      const tag = tagOf(part)
      if (tag?.name === this.ignored.name) this.ignored.depth += tag.closing ? -1 : tag.opens ? 1 : 0
      if (this.ignored.depth === 0) this.ignored = null
      return true
    }
    if (!part.includes('data-pagefind-ignore')) return false
    const tag = tagOf(part)
    if (tag?.opens && SEARCH_IGNORED.test(part)) {
      this.ignored = { name: tag.name, depth: 1 }
      return true
    }
    return false
  }
}
