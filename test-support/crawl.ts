import { pageRefs } from '@keikaku/scripts/lib/html-refs'

export interface CrawlResult {
  /** Every internal URL reached (pages and files), without fragment, with its HTTP status. */
  statuses: Map<string, number>
  /** Internal URL → the pages that link to it. */
  linkedFrom: Map<string, Set<string>>
  /** Text of each HTML page, for the plain substring search the Pagefind recall is compared with. */
  pages: Map<string, string>
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
        const { refs, text } = pageRefs(body, url)
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
