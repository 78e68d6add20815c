import { Parser } from 'htmlparser2'

export interface HtmlRef {
  tag: string
  attribute: 'href' | 'src' | 'srcset'
  /** One URL as written (a srcset gives one per candidate). */
  value: string
  /** `rel` and `type` of the element, to tell feed links (rel=alternate with a type) from pages. */
  rel?: string
  type?: string
}

/** Every href, src and srcset URL of an HTML page, and its visible text (scripts and styles left out). */
export function extractRefs(html: string): { refs: HtmlRef[]; text: string } {
  const refs: HtmlRef[] = []
  const text: string[] = []
  let skip = 0
  const parser = new Parser({
    onopentag(tag, attributes) {
      if (tag === 'script' || tag === 'style') skip++
      for (const attribute of ['href', 'src', 'srcset'] as const) {
        const value = attributes[attribute]
        if (!value) continue
        const values =
          attribute === 'srcset'
            ? value
                .split(',')
                .map((part) => part.trim().split(/\s+/)[0])
                .filter(Boolean)
            : [value]
        for (const v of values) refs.push({ tag, attribute, value: v, rel: attributes.rel, type: attributes.type })
      }
    },
    ontext(data) {
      if (!skip) text.push(data)
    },
    onclosetag(tag) {
      if (tag === 'script' || tag === 'style') skip--
    },
  })
  parser.write(html)
  parser.end()
  return { refs, text: text.join(' ') }
}

/** The page's references as absolute URLs (mailto:, tel: and data: left out), and its visible text. */
export function pageRefs(html: string, pageUrl: string): { refs: string[]; text: string } {
  const { refs, text } = extractRefs(html)
  return { refs: refs.filter((r) => !/^(mailto|tel|data):/.test(r.value)).map((r) => new URL(r.value, pageUrl).href), text }
}
