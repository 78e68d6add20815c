import { existsSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import type { Readable } from 'node:stream'
import sirv from 'sirv'

const notFound = (res: ServerResponse) => {
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

type Handler = (req: IncomingMessage, res: ServerResponse) => void

/**
 * One folder as a static web host serves it: files re-read on every request (a switched `live` link shows at once),
 * no dot files (the build's completion marker), and the folder's own 404.html for misses when it has one.
 */
export function staticFolder(dir: string, { pageFor404 = true } = {}): Handler {
  const files = sirv(dir, { dev: true, etag: true })
  return (req, res) => {
    if (hasDotSegment(req.url ?? '/')) return notFound(res)
    files(req, res, () => {
      // Astro writes 404.html for static hosts to use.
      const page = path.join(dir, '404.html')
      if (!pageFor404 || !existsSync(page)) return notFound(res)
      res.statusCode = 404
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end(readFileSync(page))
    })
  }
}

/** An HTTP server for a handler; sirv pipes a file stream into the response but never closes it when the client goes away. */
export function staticServer(handler: Handler): Server {
  return createServer((req, res) => {
    res.on('pipe', (source: Readable) => res.once('close', () => source.destroy()))
    handler(req, res)
  })
}

/**
 * Serves the live site (a folder or the `live` link) and draft previews under /preview/, as a static web host
 * would: no server-side logic.
 */
export function serveSite({ liveDir, previewsDir, port }: { liveDir: string; previewsDir?: string; port: number }): Promise<Server> {
  const live = staticFolder(liveDir)
  const previews = previewsDir ? staticFolder(previewsDir, { pageFor404: false }) : null
  const server = staticServer((req, res) => {
    if (previews && req.url?.startsWith('/preview/')) {
      req.url = req.url.slice('/preview'.length)
      return previews(req, res)
    }
    live(req, res)
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}

export const previewsDirOf = (siteRoot: string) => path.join(siteRoot, 'previews')
