import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { filesUnder } from '../files.ts'
import { BuildCache } from './build-cache.ts'
import { linkFile } from './incremental.ts'
import { addPdfAuthor } from './pdf-info.ts'
import { formatFileSize } from '../../../site/src/lib/format.ts'
import { NON_PAGE_DIRS } from '../../../site/src/lib/incremental.ts'
import { PDF_SIZE_MARKER, PRINT_EDITIONS, pdfPath, printPagePath, type PrintEdition } from '../../../site/src/lib/print.ts'

export interface PrintedPdf {
  /** Path inside the build, e.g. plans/sogo-keikaku/sogo-keikaku-gaiyou.pdf */
  file: string
  bytes: number
}

/** Footer with page numbers; Chromium fills in the spans. */
const FOOTER = '<div style="font-size:8pt;width:100%;text-align:center;color:#333"><span class="pageNumber"></span> / <span class="totalPages"></span></div>'

/**
 * Renders each plan's print pages (built by Astro as ordinary pages) to tagged PDFs with an outline, written next to
 * the plan page in the build folder; then writes each PDF's size into the links that name it. The only change to
 * Chromium's output is an appended author (an incremental update), so its structure tree, outline and /Lang stay.
 */
export async function printEditions(
  browser: Browser,
  siteUrl: string,
  dir: string,
  plans: string[],
  author: string,
  { reuse, cacheDir }: { reuse?: PdfReuse; cacheDir?: string } = {},
): Promise<PrintedPdf[]> {
  const page = await browser.newPage()
  const printed: PrintedPdf[] = []
  // A print page printed before (same bytes, same code, same Chromium and author) gives the same PDF.
  const cache = cacheDir ? new BuildCache(cacheDir, dir, ['pdf', browser.version(), author, FOOTER]) : null
  try {
    for (const plan of plans) {
      for (const edition of Object.keys(PRINT_EDITIONS) as PrintEdition[]) {
        const file = pdfPath(plan, edition)
        if (reuse && !reuse.differing.has(`${printPagePath(plan, edition)}index.html`) && existsSync(path.join(reuse.previous, file))) {
          // Its print page is byte for byte the previous build's: so is the PDF.
          linkFile(path.join(reuse.previous, file), path.join(dir, file))
          printed.push({ file, bytes: statSync(path.join(dir, file)).size })
          continue
        }
        const printPage = readFileSync(path.join(dir, printPagePath(plan, edition), 'index.html'))
        const cached = cache?.get(printPage)
        if (cached) {
          writeFileSync(path.join(dir, file), cached)
          printed.push({ file, bytes: cached.length })
          continue
        }
        const response = await page.goto(`${siteUrl}${printPagePath(plan, edition)}`, { waitUntil: 'load' })
        if (!response?.ok()) throw new Error(`Print page ${printPagePath(plan, edition)} answered ${response?.status()}`)
        await page.evaluate(() => document.fonts.ready)
        const pdf = addPdfAuthor(
          await page.pdf({
            preferCSSPageSize: true,
            printBackground: true,
            tagged: true,
            outline: true,
            displayHeaderFooter: true,
            headerTemplate: '<span></span>',
            footerTemplate: FOOTER,
          }),
          author,
        )
        writeFileSync(path.join(dir, file), pdf)
        cache?.set(printPage, pdf)
        printed.push({ file, bytes: pdf.length })
      }
    }
  } finally {
    await page.close()
  }
  fillPdfSizes(dir, new Map(printed.map((p) => [p.file, p.bytes])), reuse?.rendered)
  return printed
}

/** An incremental build: print only the PDFs whose print page changed, take the others from `previous`. */
export interface PdfReuse {
  previous: string
  /** Page files (relative) whose bytes differ from the previous build's. */
  differing: Set<string>
  /** The page files this build rendered (relative): only they can hold size markers. */
  rendered: string[]
}

// The size stays out of the search index (data-pagefind-ignore), so that a page indexes the same before and after
// its PDF is printed: an incremental build indexes reused pages, sizes filled in, beside freshly built ones.
const MARKED = new RegExp(`<span ${PDF_SIZE_MARKER}="([^"]+)" data-pagefind-ignore(?:="[^"]*")?>(（PDF）| \\(PDF\\))</span>`, 'g')

/** Replaces 「（PDF）」 after a PDF link with 「（PDF、1.2 MB）」 (English: " (PDF, 1.2 MB)") in every built page. */
export function fillPdfSizes(dir: string, sizes: Map<string, number>, only?: string[]): void {
  for (const file of (only?.filter((f) => f.endsWith('.html')) ?? htmlFiles(dir)).map((f) => path.join(dir, f))) {
    const html = readFileSync(file, 'utf8')
    if (!html.includes(PDF_SIZE_MARKER)) continue
    const filled = html.replace(MARKED, (whole, pdf: string, text: string) => {
      const bytes = sizes.get(pdf)
      if (bytes === undefined) return whole
      const size = text.startsWith('（') ? `（PDF、${formatFileSize(bytes, 'ja')}）` : ` (PDF, ${formatFileSize(bytes, 'en')})`
      return `<span data-pagefind-ignore>${size}</span>`
    })
    if (filled !== html) writeFileSync(file, filled)
  }
}

/** Every HTML page of a build (relative paths): not in its assets or its state (the search documents are HTML too). */
export function htmlFiles(dir: string): string[] {
  return filesUnder(dir, { except: NON_PAGE_DIRS }).filter((f) => f.endsWith('.html'))
}
