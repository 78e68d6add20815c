import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import type { Readable } from 'node:stream'
import sirv from 'sirv'

const notFound = (res: import('node:http').ServerResponse) => {
  res.statusCode = 404
  res.setHeader('content-type', 'text/html; charset=utf-8')
  res.end('<!doctype html><html lang="ja"><title>404</title><p>ページが見つかりません / Not found</p></html>')
}

/** A path with a segment that starts with a dot (also percent-encoded); unparseable paths count as such. */
export function hasDotSegment(url: string): boolean {
  try {
    return /\/\./.test(decodeURIComponent(new URL(url, 'http://localhost').pathname))
  } catch {
    return true
  }
}

/**
 * Serves the live site (a folder or the `live` link, re-read on every request so a switch shows at once) and draft
 * previews under /preview/, as a static web host would: no server-side logic.
 */
export function serveSite({ liveDir, previewsDir, port }: { liveDir: string; previewsDir?: string; port: number }): Promise<Server> {
  const live = sirv(liveDir, { dev: true, etag: true })
  const previews = previewsDir ? sirv(previewsDir, { dev: true, etag: true }) : null
  const server = createServer((req, res) => {
    // sirv pipes a file stream into the response but never closes it when the client goes away: do it here.
    res.on('pipe', (source: Readable) => res.once('close', () => source.destroy()))
    // In dev mode sirv serves dot files (the build's completion marker): a static host would not.
    if (hasDotSegment(req.url ?? '/')) return notFound(res)
    if (previews && req.url?.startsWith('/preview/')) {
      req.url = req.url.slice('/preview'.length)
      return previews(req, res, () => notFound(res))
    }
    live(req, res, () => {
      // Astro writes 404.html for static hosts to use.
      const page = path.join(liveDir, '404.html')
      if (!existsSync(page)) return notFound(res)
      res.statusCode = 404
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end(readFileSync(page))
    })
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}

export const previewsDirOf = (siteRoot: string) => path.join(siteRoot, 'previews')
