import { createServer, type Server } from 'node:http'
import sirv from 'sirv'

/** Serves a built static site on localhost, as a municipal web host would (no server-side logic). */
export function serveStatic(dir: string, port: number): Promise<Server> {
  const handler = sirv(dir, { dev: true, etag: true, extensions: ['html'] })
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end('<!doctype html><html lang="ja"><title>404</title><p>ページが見つかりません / Not found</p></html>')
    }),
  )
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}
