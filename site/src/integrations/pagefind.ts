import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Reading } from '@keikaku/content-schemas'
import type { AstroIntegration } from 'astro'
import { close, createIndex } from 'pagefind'
import { READINGS_FILE, SEARCH_DOCS_DIR, SEARCH_INDEX_DIR, SKIP_RECORDS_ENV } from '../lib/incremental.ts'
import type { Annotated } from '../lib/ruby.ts'
import { indexedDocument } from '../lib/search-document.ts'
import { furiganaCacheKey, readFuriganaCache, writeFuriganaCache } from './furigana-cache.ts'
import { recompressSearchIndex, type Recompressed } from './search-compression.ts'
import { WORKER_THREADS } from './threads.ts'
import type { PageRequest, PageResult, WorkerData } from './ruby-worker.ts'

const BATCH = 64
/** Pages per furigana worker thread. */
const PAGES_PER_WORKER = 1000

/** Per page file (`goals/x/index.html`), the readings of the words in its <main>: what the index gets as hidden terms. */
export type PageReadings = Record<string, string[]>

/** What a build keeps in READINGS_FILE: the page files Astro built (what the index reads) and their readings. */
export interface SearchInput {
  pages: string[]
  readings: PageReadings
}

/**
 * Adds furigana to every Japanese page (the city's readings win over the analyser's), then indexes the built pages
 * with Pagefind's Node API after the build (as Starlight does). The furigana are added in worker threads
 * (ruby-worker.ts, one analyser each; one per thousand pages, up to one per core); the furigana of the texts a build
 * used are kept in Astro's cache folder for the next build (furigana-cache.ts). Pagefind gets only what it indexes
 * (search-document.ts): each page's `data-pagefind-body`, NFKC-folded like the queries, with the readings of its
 * words as hidden terms, so that こそだて finds 子育て; the workers write these documents from the pages they hold.
 * Pagefind splits the index by each page's <html lang>.
 *
 * In an incremental build (SKIP_RECORDS_ENV set) the record routes leave out the pages of unaffected records; this
 * adds ruby to the rendered pages only and leaves the index to the pipeline, once the previous build's pages are in.
 */
export function pagefind({ readings }: { readings: Reading[] }): AstroIntegration {
  const incremental = Boolean(process.env[SKIP_RECORDS_ENV])
  let cacheDir: URL
  let cache: WorkerData['cache']
  let first: RubyWorker | undefined
  return {
    name: 'keikaku-pagefind',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        if (!incremental) return
        // An incremental build's changed texts are likely to miss the furigana cache (a new word, or a figure that
        // changes its text's shape: 82% → 82.5%). The analyser loads (~0.35 s) once Vite has written the bundle,
        // beside the render: loading it earlier, during Vite's build, slowed that as much as it saved.
        updateConfig({ vite: { plugins: [{ name: 'keikaku-furigana-analyser', apply: 'build', writeBundle: () => first?.loadAnalyser() }] } })
      },
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir
      },
      'astro:build:start': () => {
        cache = { file: fileURLToPath(new URL('keikaku-furigana.json', cacheDir)), key: furiganaCacheKey(readings) }
        // The first worker starts with the build: its start (Node loading its modules, reading the furigana cache)
        // then overlaps Vite and the render instead of following them.
        first = new RubyWorker({ readings, cache }).ref(false)
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now()
        const root = fileURLToPath(dir)
        // A worker per thousand pages, up to one per core (at most 4): each loads its own analyser (about 2 s), which
        // a small or incremental build would not win back.
        const threads = Math.max(1, Math.min(WORKER_THREADS, Math.ceil(pages.length / PAGES_PER_WORKER)))
        const workers = [first?.ref() ?? new RubyWorker({ readings, cache }), ...Array.from({ length: threads - 1 }, () => new RubyWorker({ readings, cache }))]
        first = undefined
        const files = pages.map(({ pathname }) => path.join(pathname, 'index.html'))
        const words: PageReadings = {}
        let rubyMs = 0
        try {
          await Promise.all(
            files.map(async (file) => {
              const worker = workers.reduce((a, b) => (b.pending < a.pending ? b : a))
              // A full build's search documents are written by the workers; an incremental build's by the pipeline.
              const page = await worker.prepare(path.join(root, file), incremental ? undefined : path.join(root, SEARCH_DOCS_DIR, file))
              rubyMs += page.rubyMs
              if (page.words) words[file] = page.words
            }),
          )
          const used = new Map((await Promise.all(workers.map((w) => w.flush()))).flat())
          // An incremental build saw only the pages it rendered: it adds to what the cache holds, so that the next
          // publish of another record finds its texts there; a full build keeps exactly what it used.
          const kept = incremental ? new Map([...readFuriganaCache(cache.file, cache.key), ...used]) : used
          writeFuriganaCache(cache.file, cache.key, [...kept])
          logger.info(`ruby: ${Math.round(rubyMs)} ms in ${threads} worker threads (${used.size} texts, cached in ${cache.file})`)
        } finally {
          await Promise.all(workers.map((w) => w.terminate()))
        }
        await mkdir(path.dirname(path.join(root, READINGS_FILE)), { recursive: true })
        await writeFile(path.join(root, READINGS_FILE), JSON.stringify({ pages: [...files].sort(), readings: sortedKeys(words) } satisfies SearchInput))
        if (incremental) return
        const prepared = performance.now()
        const { pages: indexed, recompressed } = await writeSearchIndex(root, { cacheDir: fileURLToPath(cacheDir) })
        const ms = (from: number, to = performance.now()) => Math.round(to - from)
        logger.info(
          `pagefind: indexed ${indexed} pages in ${ms(started)} ms (furigana and documents ${ms(started, prepared)}, index ${ms(prepared)} ms; ` +
            `${recompressed.files} files recompressed, ${recompressed.compressed} of them anew, ${Math.round(recompressed.saved / 1024)} KB saved)`,
        )
      },
    },
  }
}

/**
 * Writes what Pagefind indexes for each page file of an incremental build (search-document.ts; in a full build the
 * furigana workers write them) into `<root>/SEARCH_DOCS_DIR`, at the page's path; pages without a
 * `data-pagefind-body` (lists, navigation) get none. `reuse` names pages taken over unchanged from the build in
 * `reuse.from`: their documents are hard-linked from there when it has them, since the same page with the same
 * readings makes the same document. Resolves true when every document is the same as in `reuse.from` and the pages
 * are those of `reuse.pages` (that build's): the index made from them would be that build's, byte for byte.
 */
export async function writeSearchDocs(
  root: string,
  files: string[],
  words: PageReadings,
  reuse?: { from: string; files: Set<string>; pages: string[] },
): Promise<boolean> {
  const docs = path.join(root, SEARCH_DOCS_DIR)
  let same = reuse !== undefined && files.length === reuse.pages.length && files.every((file, i) => file === reuse.pages[i])
  const previousDoc = async (file: string) => (reuse ? readFile(path.join(reuse.from, SEARCH_DOCS_DIR, file), 'utf8').catch(() => null) : null)
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(
      files.slice(i, i + BATCH).map(async (file) => {
        const to = path.join(docs, file)
        if (reuse?.files.has(file)) {
          try {
            await mkdir(path.dirname(to), { recursive: true })
            await link(path.join(reuse.from, SEARCH_DOCS_DIR, file), to)
            return
          } catch {
            // Not kept there (a page without a body, or a build made before the documents were kept): prepared below.
          }
        }
        let html: string
        try {
          html = await readFile(path.join(root, file), 'utf8')
        } catch {
          return // endpoints (CSV, feed) are not pages
        }
        const doc = indexedDocument(html, words[file] ?? [])
        if (same && doc !== (await previousDoc(file))) same = false
        if (!doc) return
        await mkdir(path.dirname(to), { recursive: true })
        await writeFile(to, doc)
      }),
    )
  }
  return same
}

/**
 * Indexes a build's search documents (writeSearchDocs) into `<root>/pagefind` (a folder it replaces) with Pagefind's `addDirectory`, which
 * reads and parses them on Pagefind's own threads: half the time of handing each page over with `addHTMLFile`. The
 * index depends only on the documents' paths and contents, so the same pages give the same index whether they were
 * rendered in this build or taken from the previous one. Pagefind's files are then recompressed more strongly
 * (search-compression.ts), with `cacheDir` keeping what was compressed before.
 */
export async function writeSearchIndex(root: string, { cacheDir }: { cacheDir?: string } = {}): Promise<{ pages: number; recompressed: Recompressed }> {
  const { index, errors } = await createIndex({ excludeSelectors: ['rt', 'rp'] })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  let pages: number
  try {
    // Written anew: the folder may hold another build's index as hard links, not to be written through.
    await rm(path.join(root, SEARCH_INDEX_DIR), { recursive: true, force: true })
    // A site without any indexed page has no documents folder: its index is empty, not an error.
    await mkdir(path.join(root, SEARCH_DOCS_DIR), { recursive: true })
    const added = await index.addDirectory({ path: path.join(root, SEARCH_DOCS_DIR) })
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: path.join(root, SEARCH_INDEX_DIR) })
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
    pages = added.page_count
  } finally {
    await close()
  }
  // After Pagefind's process has ended: it holds the whole index in memory and has nothing left to do.
  return { pages, recompressed: await recompressSearchIndex(path.join(root, SEARCH_INDEX_DIR), cacheDir) }
}

export const sortedKeys = (words: PageReadings): PageReadings => Object.fromEntries(Object.entries(words).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))

/** One worker thread running ruby-worker.ts; `prepare` resolves with the readings of a page's words. */
class RubyWorker {
  private readonly worker: Worker
  private readonly waiting = new Map<number, { resolve(result: PageResult): void; reject(error: Error): void }>()
  private nextId = 0
  private failed: Error | undefined

  constructor(workerData: WorkerData) {
    this.worker = new Worker(new URL('./ruby-worker.ts', import.meta.url), { workerData })
    this.worker.on('message', (result: PageResult) => {
      const waiting = this.waiting.get(result.id)!
      this.waiting.delete(result.id)
      if ('error' in result) waiting.reject(new Error(result.error))
      else waiting.resolve(result)
    })
    this.worker.on('error', (error) => this.failAll(error))
    this.worker.on('exit', (code) => this.failAll(new Error(`furigana worker stopped (exit code ${code})`)))
  }

  /** Whether it keeps the build's process alive: not while it waits for pages (a build that fails then still ends). */
  ref(keepAlive = true): this {
    if (keepAlive) this.worker.ref()
    else this.worker.unref()
    return this
  }

  get pending(): number {
    return this.waiting.size
  }

  async prepare(file: string, doc?: string): Promise<{ words: string[] | null; rubyMs: number }> {
    return (await this.request({ id: this.nextId++, file, doc })) as { words: string[] | null; rubyMs: number }
  }

  /**
   * Loads the analyser now rather than at the first text the cache lacks. No answer is awaited: a failure stops the
   * worker, and the next page asked of it fails with that error.
   */
  loadAnalyser(): void {
    this.worker.postMessage({ loadAnalyser: true } satisfies PageRequest)
  }

  /** The annotations this worker used, for the cache. */
  async flush(): Promise<Array<[string, Annotated]>> {
    return ((await this.request({ id: this.nextId++, flush: true })) as { used: Array<[string, Annotated]> }).used
  }

  private request(request: Exclude<PageRequest, { loadAnalyser: true }>): Promise<PageResult> {
    return new Promise((resolve, reject) => {
      // A worker started with the build may have stopped before it was given a page.
      if (this.failed) return reject(this.failed)
      this.waiting.set(request.id, { resolve, reject })
      this.worker.postMessage(request)
    })
  }

  terminate(): Promise<number> {
    this.worker.removeAllListeners('exit')
    return this.worker.terminate()
  }

  private failAll(error: Error) {
    // The first error says why; the exit that follows it only that the worker stopped.
    this.failed ??= error
    for (const { reject } of this.waiting.values()) reject(this.failed)
    this.waiting.clear()
  }
}
