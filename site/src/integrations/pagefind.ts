import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Reading } from '@keikaku/content-schemas'
import type { AstroIntegration } from 'astro'
import { close, createIndex } from 'pagefind'
import { createAnnotator, linderaAnalyser } from '../lib/analyser.ts'
import { addRubyToHtml } from '../lib/ruby-html.ts'
import { indexedDocument } from '../lib/search-document.ts'

/** Pages being read, annotated or indexed at once: enough to keep Pagefind busy while furigana are added. */
const IN_FLIGHT = 16

/**
 * Adds furigana to every Japanese page (the analyser is loaded once per build; the city's readings win), then
 * indexes the built pages with Pagefind's Node API after the build (as Starlight does). Pagefind gets only what it
 * indexes (see search-document.ts): each page's `data-pagefind-body` without ruby, NFKC-folded like the queries,
 * with the readings of its words as hidden terms, so that こそだて finds 子育て; pages without a body (lists,
 * navigation) are not sent at all. Pagefind splits the index by each page's <html lang>, so /en/ gets its own.
 * Pages are prepared while Pagefind (a process of its own) indexes the ones before them, and handed over in path
 * order.
 */
export function pagefind({ readings }: { readings: Reading[] }): AstroIntegration {
  return {
    name: 'keikaku-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now()
        const root = fileURLToPath(dir)
        const annotate = createAnnotator(linderaAnalyser(), readings)
        let rubyMs = performance.now() - started
        const { index, errors } = await createIndex({ excludeSelectors: ['rt', 'rp'] })
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
        let indexed = 0
        try {
          const files = pages.map(({ pathname }) => path.join(pathname, 'index.html')).sort()
          const prepare = async (file: string) => {
            let html: string
            try {
              html = await readFile(path.join(root, file), 'utf8')
            } catch {
              return null // endpoints (CSV, feed) are not pages
            }
            let words: string[] = []
            if (/<html lang="ja"/.test(html)) {
              const t0 = performance.now()
              const ruby = addRubyToHtml(html, annotate)
              rubyMs += performance.now() - t0
              words = ruby.words
              await writeFile(path.join(root, file), ruby.html)
            }
            return indexedDocument(html, words)
          }
          // Prepared in parallel (a bounded number at once), handed to Pagefind in path order: each page is sent as
          // soon as it is ready and the page before it has been sent, without waiting for Pagefind to finish it.
          const adds: Array<Promise<void>> = []
          let sent: Promise<unknown> = Promise.resolve()
          for (let i = 0; i < files.length; i++) {
            if (i >= IN_FLIGHT) await adds[i - IN_FLIGHT]
            const file = files[i]
            // Wrapped in an object so that `handedOver` settles when the page is sent, not when it is indexed.
            const handedOver = Promise.all([prepare(file), sent]).then(([content]) => ({
              adding: content === null ? null : index.addHTMLFile({ url: `/${file.replace(/index\.html$/, '')}`, content }),
            }))
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
          const written = await index.writeFiles({ outputPath: path.join(root, 'pagefind') })
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
          logger.info(`ruby: ${Math.round(rubyMs)} ms (analyser loaded once)`)
          logger.info(`pagefind: indexed ${indexed} pages in ${Math.round(performance.now() - started)} ms`)
        } finally {
          await close()
        }
      },
    },
  }
}
