import { SearchIgnoredElements, splitTags, tagOf } from './html-tags.ts'
import { rubyHtml, type Annotated } from './ruby.ts'

/** Elements whose text gets no ruby: not prose, or where ruby is invalid (SVG, <title>, <option>) or already set. */
const SKIP = new Set(['head', 'script', 'style', 'svg', 'math', 'title', 'textarea', 'select', 'option', 'ruby', 'code', 'pre', 'template'])

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
  const ignored = new SearchIgnoredElements()
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    if (i % 2 === 1) {
      const tag = tagOf(part)
      if (!tag) continue
      const { name, closing } = tag
      if (name === 'body') inBody = !closing
      if (name === 'main') inMain = !closing
      ignored.tag(part)
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
    if (inMain && !ignored.inside) words.push(...annotated.words)
  }
  return { html: parts.join(''), words }
}
