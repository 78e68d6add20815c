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
