import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Reading } from '@keikaku/content-schemas'
import type { AstroIntegration } from 'astro'
import { close, createIndex } from 'pagefind'
import type { Annotated } from '../lib/ruby.ts'
import { furiganaCacheKey, writeFuriganaCache } from './furigana-cache.ts'
import type { PageRequest, PageResult, WorkerData } from './ruby-worker.ts'

/** Pages per furigana worker thread. */
const PAGES_PER_WORKER = 1000
/** Pages handed to the workers ahead of Pagefind: enough to keep both busy, few enough to bound memory. */
const IN_FLIGHT = 32

/**
 * Adds furigana to every Japanese page (the city's readings win over the analyser's), then indexes the built pages
 * with Pagefind's Node API after the build (as Starlight does). The furigana are added in worker threads
 * (ruby-worker.ts, one analyser each; one per thousand pages, up to one per core) while Pagefind (a process of its
 * own) indexes the pages they have finished. Pagefind gets only what it indexes (see search-document.ts): each
 * page's `data-pagefind-body` without ruby, NFKC-folded like the queries, with the readings of its words as hidden
 * terms, so that こそだて finds 子育て; pages without a body (lists, navigation) are not sent at all. Pages are handed
 * to Pagefind in path order. Pagefind splits the index by each page's <html lang>, so /en/ gets its own. The
 * furigana of the texts a build used are kept in Astro's cache folder for the next build (furigana-cache.ts).
 */
export function pagefind({ readings }: { readings: Reading[] }): AstroIntegration {
  let cacheDir: URL
  return {
    name: 'keikaku-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now()
        const root = fileURLToPath(dir)
        const cache = { file: fileURLToPath(new URL('keikaku-furigana.json', cacheDir)), key: furiganaCacheKey(readings) }
        // A worker per thousand pages, up to one per core (at most 4): each loads its own analyser (about 2 s), which
        // a small or incremental build would not win back.
        const threads = Math.max(1, Math.min(4, availableParallelism(), Math.ceil(pages.length / PAGES_PER_WORKER)))
        const workers = Array.from({ length: threads }, () => new RubyWorker({ readings, cache }))
        const { index, errors } = await createIndex({ excludeSelectors: ['rt', 'rp'] })
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
        let [indexed, rubyMs] = [0, 0]
        try {
          const files = pages.map(({ pathname }) => path.join(pathname, 'index.html')).sort()
          const adds: Array<Promise<void>> = []
          // Each page is sent to Pagefind once it is ready and the page before it has been sent, without waiting for
          // Pagefind to finish it. `handedOver` holds the add in an object so that it settles when the page is sent.
          let sent: Promise<unknown> = Promise.resolve()
          for (let i = 0; i < files.length; i++) {
            if (i >= IN_FLIGHT) await adds[i - IN_FLIGHT]
            const file = files[i]
            const worker = workers.reduce((a, b) => (b.pending < a.pending ? b : a))
            const handedOver = Promise.all([worker.prepare(path.join(root, file)), sent]).then(([page]) => {
              rubyMs += page.rubyMs
              return { adding: page.content === null ? null : index.addHTMLFile({ url: `/${file.replace(/index\.html$/, '')}`, content: page.content }) }
            })
            sent = handedOver
            adds.push(
              handedOver.then(async ({ adding }) => {
                if (!adding) return
                const added = await adding
                if (added.errors.length) throw new Error(`Pagefind: ${file}: ${added.errors.join('; ')}`)
                indexed++
              }),
            )
          }
          await Promise.all(adds)
          const used = new Map((await Promise.all(workers.map((w) => w.flush()))).flat())
          writeFuriganaCache(cache.file, cache.key, [...used])
          const written = await index.writeFiles({ outputPath: path.join(root, 'pagefind') })
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
          logger.info(`ruby: ${Math.round(rubyMs)} ms in ${threads} worker threads (${used.size} texts, cached in ${cache.file})`)
          logger.info(`pagefind: indexed ${indexed} pages in ${Math.round(performance.now() - started)} ms`)
        } finally {
          await Promise.all(workers.map((w) => w.terminate()))
          await close()
        }
      },
    },
  }
}

/** One worker thread running ruby-worker.ts; `prepare` resolves with what Pagefind should index of a page. */
class RubyWorker {
  private readonly worker: Worker
  private readonly waiting = new Map<number, { resolve(result: PageResult): void; reject(error: Error): void }>()
  private nextId = 0

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

  get pending(): number {
    return this.waiting.size
  }

  async prepare(file: string): Promise<{ content: string | null; rubyMs: number }> {
    return (await this.request({ id: this.nextId++, file })) as { content: string | null; rubyMs: number }
  }

  /** The annotations this worker used, for the cache. */
  async flush(): Promise<Array<[string, Annotated]>> {
    return ((await this.request({ id: this.nextId++, flush: true })) as { used: Array<[string, Annotated]> }).used
  }

  private request(request: PageRequest): Promise<PageResult> {
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { resolve, reject })
      this.worker.postMessage(request)
    })
  }

  terminate(): Promise<number> {
    this.worker.removeAllListeners('exit')
    return this.worker.terminate()
  }

  private failAll(error: Error) {
    for (const { reject } of this.waiting.values()) reject(error)
    this.waiting.clear()
  }
}
