import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import sirv from 'sirv'

/**
 * Serves a finished build folder under its base path on a free loopback port, for the steps that open its pages
 * in Chromium before it goes live (print editions, accessibility audit).
 */
export async function serveBuild(dir: string, base: string): Promise<{ url: string; close(): Promise<void> }> {
  const files = sirv(dir, { dev: true, etag: false, extensions: ['html'] })
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
      const page = path.join(dir, '404.html')
      res.end(existsSync(page) ? readFileSync(page) : 'Not found')
    }
    if (!url.startsWith(base)) return notFound()
    req.url = `/${url.slice(base.length)}`
    files(req, res, notFound)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }),
  }
}
