import type { AddressInfo } from 'node:net'
import { LazyBrowser } from '../chromium.ts'
import { staticFolder, staticServer } from '../serve.ts'

/**
 * Serves a finished build folder under its base path on a free loopback port, for the steps that open its pages
 * in Chromium before it goes live (print editions, accessibility audit), and for the tests and the bench.
 */
export async function serveBuild(dir: string, base: string): Promise<{ url: string; close(): Promise<void> }> {
  const files = staticFolder(dir)
  const server = staticServer((req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(base)) {
      res.writeHead(404).end()
      return
    }
    req.url = `/${url.slice(base.length)}`
    files(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Runs `work` with build `dir` served (serveBuild) and a Chromium that starts at its first use; closes both after. */
export async function withServedBuild<T>(dir: string, base: string, work: (siteUrl: string, browser: LazyBrowser) => Promise<T>): Promise<T> {
  const server = await serveBuild(dir, base)
  const browser = new LazyBrowser()
  try {
    return await work(server.url, browser)
  } finally {
    await browser.close()
    await server.close()
  }
}
