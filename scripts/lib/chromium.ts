import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

export const CHROMIUM = process.env.KEIKAKU_CHROMIUM ?? '/usr/bin/chromium'

/** The flags every Chromium of the project starts with (Playwright's and Lighthouse's). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  // Nothing but the local server: no DNS prefetch of the pages' outward links (licence, the city's site), no
  // secure-DNS probes, no other host names resolved.
  '--dns-prefetch-disable',
  '--disable-features=DnsOverHttps,AsyncDns,NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter',
  '--host-resolver-rules=MAP localhost 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--disable-domain-reliability',
  '--no-pings',
  '--no-first-run',
  '--disable-sync',
]

/**
 * Debian's Chromium (print editions and the accessibility audit at publish time, and the tests); never a
 * downloaded browser. A missing one fails loudly instead of skipping.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium fonts-noto-cjk`)
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
  })
}

/**
 * Chromium started on first use, for the steps that may find every result in their caches (a publish of a changed
 * figure audits and prints nothing new): those then start no browser at all.
 */
export class LazyBrowser {
  private started: Promise<Browser> | null = null

  get(): Promise<Browser> {
    return (this.started ??= launchBrowser())
  }

  /** Whether anything asked for the browser. */
  get used(): boolean {
    return this.started !== null
  }

  async close(): Promise<void> {
    if (this.started) await (await this.started).close()
  }
}

let version: string | undefined
/** The installed Chromium's version (part of a PDF's cache key), read without starting a browser. */
export function chromiumVersion(): string {
  version ??= execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  return version
}
