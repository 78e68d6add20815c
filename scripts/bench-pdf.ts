/**
 * What the print editions cost a publish: each plan's PDFs printed by Chromium from a finished build (as the publish
 * step does), timed, with each file's size and page count (pdfinfo); for the seeded plan and the ~5,000-page plan.
 * Beside them, the same build's page count, its total and its furigana (ruby) cost. `npm run bench -- pdf`.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readSnapshot } from '@keikaku/content-schemas/io'
import { buildScenario, type Row } from './bench-site.ts'
import { round } from './lib/bench/stats.ts'
import { printEditions } from './lib/deploy/print.ts'
import { withServedBuild } from './lib/deploy/serve-build.ts'

/** Pages of a PDF, as pdfinfo (poppler-utils) reads them. */
const pdfPages = (file: string) => Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)?.[1] ?? NaN)

export async function benchPdf(scenarios: Array<{ scenario: string; snapshotDir: string }>): Promise<Row[]> {
  const work = mkdtempSync(path.join(tmpdir(), 'keikaku-bench-pdf-'))
  const rows: Row[] = []
  try {
    for (const { scenario, snapshotDir } of scenarios) {
      const { outDir, rows: built } = await buildScenario(scenario, snapshotDir, work)
      // Ruby's cost is part of the build's Pagefind step; shown here beside the PDFs' for the same plan.
      rows.push(...built.filter((r) => /pages|furigana|build \+ index total/.test(r.metric)))
      const snapshot = readSnapshot(snapshotDir)
      await withServedBuild(outDir, '/', async (siteUrl, browser) => {
        const started = performance.now()
        const pdfs = await printEditions(
          browser,
          siteUrl,
          outDir,
          snapshot.plans.map((p) => p.key),
          snapshot.settings.cityName.ja,
        )
        rows.push({
          scenario,
          metric: `print editions: ${pdfs.length} PDFs printed (Chromium, incl. filling in their sizes)`,
          value: round((performance.now() - started) / 1000, 1),
          unit: 's',
        })
        for (const pdf of pdfs) {
          rows.push({
            scenario,
            metric: `PDF ${path.basename(pdf.file)}`,
            value: `${round(pdf.bytes / 1024 ** 2, 2)} MB, ${pdfPages(path.join(outDir, pdf.file))} pages`,
            unit: '',
          })
        }
      })
    }
    return rows
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
