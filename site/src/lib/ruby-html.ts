import { splitTags } from './html-tags.ts'
import { rubyHtml, type Annotated } from './ruby.ts'

/** Elements whose text gets no ruby: not prose, or where ruby is invalid (SVG, <title>, <option>) or already set. */
const SKIP = new Set(['head', 'script', 'style', 'svg', 'math', 'title', 'textarea', 'select', 'option', 'ruby', 'code', 'pre', 'template'])
const TAG_NAME = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/
const SEARCH_IGNORED = /\sdata-pagefind-ignore[\s=>]/
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

/**
 * Adds ruby over the kanji in a built page's body text (attributes, scripts, SVG and the like are left alone) and
 * returns the readings of the words that the search index reads (in <main>, outside `data-pagefind-ignore`: the
 * date of the last update would otherwise make さいしゅう find every page). `annotateText` gets each text node as it
 * is in the HTML (entities included): it is ASCII, so it never holds kanji.
 */
export function addRubyToHtml(html: string, annotateText: (text: string) => Annotated): { html: string; words: string[] } {
  const parts = splitTags(html)
  const words: string[] = []
  const skip: string[] = []
  let inBody = false
  let inMain = false
  // The element left out of the index that we are in, and how deep in elements of its name.
  let ignored: { name: string; depth: number } | null = null
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    if (i % 2 === 1) {
      const name = TAG_NAME.exec(part)?.[1]?.toLowerCase()
      if (!name) continue
      const closing = part.startsWith('</')
      if (name === 'body') inBody = !closing
      if (name === 'main') inMain = !closing
      const opens = !closing && !part.endsWith('/>') && !VOID.has(name)
      if (ignored) {
        if (name === ignored.name) ignored.depth += closing ? -1 : opens ? 1 : 0
        if (ignored.depth === 0) ignored = null
      } else if (opens && SEARCH_IGNORED.test(part)) ignored = { name, depth: 1 }
      if (skip.length > 0) {
        if (name === skip.at(-1)) {
          if (closing) skip.pop()
          else if (!part.endsWith('/>')) skip.push(name)
        }
      } else if (SKIP.has(name) && !closing && !part.endsWith('/>')) skip.push(name)
      continue
    }
    if (!inBody || skip.length > 0 || part.trim() === '') continue
    const annotated = annotateText(part)
    if (annotated.segments.some((s) => s.reading !== null)) parts[i] = rubyHtml(annotated.segments)
    if (inMain && !ignored) words.push(...annotated.words)
  }
  return { html: parts.join(''), words }
}
