import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { chromiumVersion, type LazyBrowser } from '../chromium.ts'
import { filesUnder } from '../files.ts'
import { BuildCache } from './build-cache.ts'
import { linkFile } from './incremental.ts'
import { addPdfAuthor } from './pdf-info.ts'
import { formatFileSize } from '../../../site/src/lib/format.ts'
import { BUILD_STATE_DIR, NON_PAGE_DIRS } from '../../../site/src/lib/incremental.ts'
import { PDF_SIZE_MARKER, PRINT_EDITIONS, pdfPath, printPagePath, type PrintEdition } from '../../../site/src/lib/print.ts'
import { writeWhole } from '../../../site/src/lib/write-whole.ts'

export interface PrintedPdf {
  /** Path inside the build, e.g. plans/sogo-keikaku/sogo-keikaku-gaiyou.pdf */
  file: string
  bytes: number
  /**
   * The previous build's PDF, standing in until the new one is printed after the switch (`defer`): its print page
   * changed, so its content is the previous release's.
   */
  stale?: true
}

/** Footer with page numbers; Chromium fills in the spans. */
const FOOTER = '<div style="font-size:8pt;width:100%;text-align:center;color:#333"><span class="pageNumber"></span> / <span class="totalPages"></span></div>'

/** The PDFs of a build that are a previous release's (printed after the switch, see PrintedPdf.stale). */
const STALE_PDFS_FILE = `${BUILD_STATE_DIR}/stale-pdfs.json`

const stalePdfs = (dir: string): string[] => {
  const file = path.join(dir, STALE_PDFS_FILE)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : []
}

export interface PrintOptions {
  reuse?: PdfReuse
  cacheDir?: string
  /**
   * A live build (the previous release) whose PDF stands in for an edition that would have to be printed now; the
   * edition is printed after the switch (printStale). Without one, or without its PDF, every edition is printed.
   */
  defer?: string
}

/**
 * Renders each plan's print pages (built by Astro as ordinary pages) to tagged PDFs with an outline, written next to
 * the plan page in the build folder; then writes each PDF's size into the links that name it. The only change to
 * Chromium's output is an appended author (an incremental update), so its structure tree, outline and /Lang stay.
 */
export async function printEditions(
  browser: LazyBrowser,
  siteUrl: string,
  dir: string,
  plans: string[],
  author: string,
  { reuse, cacheDir, defer }: PrintOptions = {},
): Promise<PrintedPdf[]> {
  const printer = new Printer(browser, siteUrl, dir, author, cacheDir)
  const printed: PrintedPdf[] = []
  // A PDF that stood in for a changed print page is not the page's PDF, whatever the page's bytes say now.
  const staleBefore = new Set(reuse ? stalePdfs(reuse.previous) : [])
  try {
    for (const plan of plans) {
      for (const edition of Object.keys(PRINT_EDITIONS) as PrintEdition[]) {
        const file = pdfPath(plan, edition)
        const page = `${printPagePath(plan, edition)}index.html`
        if (reuse && !reuse.differing.has(page) && !staleBefore.has(file) && existsSync(path.join(reuse.previous, file))) {
          // Its print page is byte for byte the previous build's: so is the PDF.
          linkFile(path.join(reuse.previous, file), path.join(dir, file))
          printed.push({ file, bytes: statSync(path.join(dir, file)).size })
          continue
        }
        const cached = printer.cached(page)
        if (cached) {
          writeFileSync(path.join(dir, file), cached)
          printed.push({ file, bytes: cached.length })
          continue
        }
        if (defer && existsSync(path.join(defer, file))) {
          linkFile(path.join(defer, file), path.join(dir, file))
          printed.push({ file, bytes: statSync(path.join(dir, file)).size, stale: true })
          continue
        }
        const pdf = await printer.print(plan, edition)
        writeFileSync(path.join(dir, file), pdf)
        printed.push({ file, bytes: pdf.length })
      }
    }
  } finally {
    await printer.close()
  }
  const stale = printed.filter((p) => p.stale).map((p) => p.file)
  if (stale.length > 0) {
    mkdirSync(path.join(dir, BUILD_STATE_DIR), { recursive: true })
    writeFileSync(path.join(dir, STALE_PDFS_FILE), JSON.stringify(stale))
  }
  fillPdfSizes(dir, new Map(printed.map((p) => [p.file, p.bytes])), reuse?.rendered)
  return printed
}

/**
 * Prints the PDFs that stood in (`stale`, see PrintedPdf.stale) into `dir`, a linked copy of the build that went
 * live with them (hard links: each PDF is written as a new file, so nothing of that build changes), and fills in
 * their sizes there. Returns the PDFs printed and the pages whose size text changed.
 */
export async function printStale(
  browser: LazyBrowser,
  siteUrl: string,
  dir: string,
  plans: string[],
  stale: ReadonlySet<string>,
  author: string,
  { cacheDir }: { cacheDir?: string } = {},
): Promise<{ pdfs: PrintedPdf[]; pages: string[] }> {
  const printer = new Printer(browser, siteUrl, dir, author, cacheDir)
  const pdfs: PrintedPdf[] = []
  try {
    for (const plan of plans) {
      for (const edition of Object.keys(PRINT_EDITIONS) as PrintEdition[]) {
        const file = pdfPath(plan, edition)
        if (!stale.has(file)) continue
        const pdf = printer.cached(`${printPagePath(plan, edition)}index.html`) ?? (await printer.print(plan, edition))
        rmSync(path.join(dir, file), { force: true })
        writeFileSync(path.join(dir, file), pdf)
        pdfs.push({ file, bytes: pdf.length })
      }
    }
  } finally {
    await printer.close()
  }
  rmSync(path.join(dir, STALE_PDFS_FILE), { force: true })
  return { pdfs, pages: fillPdfSizes(dir, new Map(pdfs.map((p) => [p.file, p.bytes]))) }
}

/** One Chromium tab printing the print pages of build `dir` (served at `siteUrl`), with a cache of PDFs printed before. */
class Printer {
  private tab: Promise<Page> | null = null
  private readonly cache: BuildCache | null
  /** Print pages read for the cache, by path: the key to look up, then to store under. */
  private readonly sources = new Map<string, Buffer>()

  constructor(
    private readonly browser: LazyBrowser,
    private readonly siteUrl: string,
    private readonly dir: string,
    private readonly author: string,
    cacheDir?: string,
  ) {
    // A print page printed before (same bytes, same code, same Chromium and author) gives the same PDF.
    this.cache = cacheDir ? new BuildCache(cacheDir, dir, ['pdf', chromiumVersion(), author, FOOTER]) : null
  }

  cached(page: string): Buffer | undefined {
    return this.cache?.get(this.source(page))
  }

  private source(page: string): Buffer {
    let bytes = this.sources.get(page)
    if (!bytes) this.sources.set(page, (bytes = readFileSync(path.join(this.dir, page))))
    return bytes
  }

  async print(plan: string, edition: PrintEdition): Promise<Buffer> {
    const tab = await (this.tab ??= this.browser.get().then((b) => b.newPage()))
    const response = await tab.goto(`${this.siteUrl}${printPagePath(plan, edition)}`, { waitUntil: 'load' })
    if (!response?.ok()) throw new Error(`Print page ${printPagePath(plan, edition)} answered ${response?.status()}`)
    await tab.evaluate(() => document.fonts.ready)
    const pdf = addPdfAuthor(
      await tab.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: FOOTER,
      }),
      this.author,
    )
    this.cache?.set(this.source(`${printPagePath(plan, edition)}index.html`), pdf)
    return pdf
  }

  async close() {
    if (this.tab) await (await this.tab).close()
  }
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
// its PDF is printed: an incremental build indexes reused pages, sizes filled in, beside freshly built ones. The
// marker stays, with the size in it, so that a PDF printed after the switch (printStale) can correct it.
const MARKED = new RegExp(`<span ${PDF_SIZE_MARKER}="([^"]+)" data-pagefind-ignore(?:="[^"]*")?>(（PDF(?:、[^）<]*)?）| \\(PDF(?:, [^)<]*)?\\))</span>`, 'g')

/**
 * Writes each PDF's size into the links that name it, 「（PDF）」 → 「（PDF、1.2 MB）」 (English: " (PDF, 1.2 MB)"), in
 * every built page (or those of `only`). Returns the pages it changed. A changed page is a new file (written aside,
 * then renamed), never a write through a hard link that another build shares.
 */
export function fillPdfSizes(dir: string, sizes: Map<string, number>, only?: string[]): string[] {
  const changed: string[] = []
  for (const page of only?.filter((f) => f.endsWith('.html')) ?? htmlFiles(dir)) {
    const file = path.join(dir, page)
    const html = readFileSync(file, 'utf8')
    if (!html.includes(PDF_SIZE_MARKER)) continue
    const filled = html.replace(MARKED, (whole, pdf: string, text: string) => {
      const bytes = sizes.get(pdf)
      if (bytes === undefined) return whole
      const size = text.startsWith('（') ? `（PDF、${formatFileSize(bytes, 'ja')}）` : ` (PDF, ${formatFileSize(bytes, 'en')})`
      return `<span ${PDF_SIZE_MARKER}="${pdf}" data-pagefind-ignore>${size}</span>`
    })
    if (filled === html) continue
    writeWhole(file, filled)
    changed.push(page)
  }
  return changed
}

/** Every HTML page of a build (relative paths): not in its assets or its state (the search documents are HTML too). */
export function htmlFiles(dir: string): string[] {
  return filesUnder(dir, { except: NON_PAGE_DIRS }).filter((f) => f.endsWith('.html'))
}
