import { mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import { request, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../lib/free-port.ts'
import { serveSite } from '../lib/serve.ts'

/** The local static server on a real folder, with real sockets. */
const root = mkdtempSync(path.join(tmpdir(), 'keikaku-serve-'))
const live = path.join(root, 'live')
const big = path.join(live, 'big', 'index.html')
let server: Server
let port: number

beforeAll(async () => {
  mkdirSync(path.dirname(big), { recursive: true })
  writeFileSync(path.join(live, 'index.html'), '<!doctype html><title>top</title>')
  writeFileSync(path.join(live, '.keikaku-complete'), 'marker')
  // Larger than a socket buffer, so that a client leaving early really interrupts the stream.
  writeFileSync(big, `<!doctype html>${'x'.repeat(8 * 1024 * 1024)}`)
  port = await freePort()
  server = await serveSite({ liveDir: live, port })
})
afterAll(() => {
  server?.close()
  rmSync(root, { recursive: true, force: true })
})

const openHandlesOn = (file: string) =>
  readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === file
    } catch {
      return false
    }
  }).length

/** Requests the page and hangs up as soon as the first bytes arrive, as impatient browsers do. */
const requestAndLeave = () =>
  new Promise<void>((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/big/' }, (res) => {
      res.once('data', () => {
        req.destroy()
        resolve()
      })
    })
    req.on('error', () => resolve())
    req.end()
  })

describe('serveSite', () => {
  it('closes the file when a client leaves mid-download', async () => {
    for (let i = 0; i < 20; i++) await requestAndLeave()
    await new Promise((r) => setTimeout(r, 300))
    expect(openHandlesOn(big)).toBe(0)
  })

  it('does not serve dot files such as the build marker', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/.keikaku-complete`)).status).toBe(404)
    expect((await fetch(`http://127.0.0.1:${port}/%2Ekeikaku-complete`)).status).toBe(404)
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200)
  })
})
