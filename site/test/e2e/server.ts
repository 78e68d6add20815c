import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import sirv from 'sirv'

/** Serves a built site under its base path on a free localhost port, as a static host would (404.html for misses). */
export async function serveStatic(dir: string, base: string): Promise<{ url: string; close(): Promise<void> }> {
  const notFound = path.join(dir, '404.html')
  const files = sirv(dir, { dev: false, etag: false, extensions: ['html'] })
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(base)) {
      res.writeHead(404).end()
      return
    }
    req.url = `/${url.slice(base.length)}`
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
