import { Parser } from 'htmlparser2'

export interface CrawlResult {
  /** Every internal URL reached (pages and files), without fragment, with its HTTP status. */
  statuses: Map<string, number>
  /** Internal URL → the pages that link to it. */
  linkedFrom: Map<string, Set<string>>
  /** Text of each HTML page, for the plain substring search the Pagefind recall is compared with. */
  pages: Map<string, string>
}

const REF_ATTRIBUTES: Record<string, string[]> = { a: ['href'], link: ['href'], script: ['src'], img: ['src', 'srcset'], source: ['srcset'] }

/** The URLs an HTML page refers to (links, stylesheets, scripts, images and their srcsets) and its visible text. */
export function extractRefs(html: string, pageUrl: string): { refs: string[]; text: string } {
  const refs: string[] = []
  const text: string[] = []
  let skip = 0
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'script' || name === 'style') skip++
      for (const attribute of REF_ATTRIBUTES[name] ?? []) {
        const value = attributes[attribute]
        if (!value) continue
        const values = attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value]
        for (const v of values) if (!/^(mailto|tel|data):/.test(v)) refs.push(new URL(v, pageUrl).href)
      }
    },
    ontext(data) {
      if (!skip) text.push(data)
    },
    onclosetag(name) {
      if (name === 'script' || name === 'style') skip--
    },
  })
  parser.write(html)
  parser.end()
  return { refs, text: text.join(' ') }
}

/** Follows every link, stylesheet, script, image and source from the start page, staying under it. */
export async function crawl(start: string): Promise<CrawlResult> {
  const statuses = new Map<string, number>()
  const linkedFrom = new Map<string, Set<string>>()
  const pages = new Map<string, string>()
  const origin = new URL(start).origin
  let frontier = [start]
  const seen = new Set(frontier)
  while (frontier.length) {
    const next: string[] = []
    await Promise.all(
      frontier.map(async (url) => {
        const response = await fetch(url, { redirect: 'manual' })
        statuses.set(url, response.status)
        const body = await response.text()
        if (!response.ok || !(response.headers.get('content-type') ?? '').includes('text/html')) return
        const { refs, text } = extractRefs(body, url)
        pages.set(url, text)
        for (const ref of refs) {
          const target = ref.split('#')[0]
          if (!target.startsWith(origin)) continue
          if (!linkedFrom.has(target)) linkedFrom.set(target, new Set())
          linkedFrom.get(target)!.add(url)
          if (!seen.has(target)) {
            seen.add(target)
            next.push(target)
          }
        }
      }),
    )
    frontier = next
  }
  return { statuses, linkedFrom, pages }
}
