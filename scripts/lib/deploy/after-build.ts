import type { Snapshot } from '@keikaku/content-schemas'
import { launchBrowser } from '../chromium.ts'
import { auditBuild, writeA11yResults } from './a11y.ts'
import { printEditions, type PrintedPdf } from './print.ts'
import { serveBuild } from './serve-build.ts'
import type { A11yReport } from '../../../site/src/lib/a11y-results.ts'

export interface AfterBuildResult {
  pdfs: PrintedPdf[]
  a11y: A11yReport
  seconds: { print: number; a11y: number }
}

/**
 * The steps that need the built pages in a browser, run on the build folder before the checks and the switch:
 * print editions (PDF) and the accessibility audit of every page, whose results page it writes. One Chromium and one
 * loopback server serve both. Throws on any accessibility violation, naming page and rule, as a broken link does.
 */
export async function afterBuild(dir: string, base: string, snapshot: Pick<Snapshot, 'plans' | 'settings'>): Promise<AfterBuildResult> {
  const since = (t: number) => Number(((performance.now() - t) / 1000).toFixed(2))
  const server = await serveBuild(dir, base)
  const browser = await launchBrowser()
  try {
    let t = performance.now()
    const pdfs = await printEditions(browser, server.url, dir, snapshot.plans.map((p) => p.key), snapshot.settings.cityName.ja)
    const print = since(t)
    t = performance.now()
    const a11y = await auditBuild(browser, server.url, dir)
    if (a11y.violations.length > 0) {
      const shown = a11y.violations.slice(0, 20).map((v) => `  ${v.page || '/'}: ${v.rule} — ${v.help} (${v.targets.slice(0, 2).join(', ')})`)
      throw new Error(`The build failed its accessibility audit (${a11y.violations.length} violations); the live site is unchanged:\n${shown.join('\n')}`)
    }
    writeA11yResults(dir, base, a11y)
    return { pdfs, a11y, seconds: { print, a11y: since(t) } }
  } finally {
    await browser.close()
    await server.close()
  }
}
