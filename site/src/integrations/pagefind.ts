import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Reading } from '@keikaku/content-schemas'
import type { AstroIntegration } from 'astro'
import { close, createIndex } from 'pagefind'
import { createAnnotator, linderaAnalyser } from '../lib/analyser.ts'
import { READINGS_FILE, SKIP_RECORDS_ENV, SKIPPED_PAGE } from '../lib/incremental.ts'
import { addRubyToHtml } from '../lib/ruby-html.ts'
import { withReadings } from '../lib/search-readings.ts'
import { normalizeIndexedHtml } from '../lib/search-query.ts'

const BATCH = 64

/** Per page file (`goals/x/index.html`), the readings of the words in its <main>: what the index gets as hidden terms. */
export type PageReadings = Record<string, string[]>

/** What a build keeps in READINGS_FILE: the page files Astro built (what the index reads) and their readings. */
export interface SearchInput {
  pages: string[]
  readings: PageReadings
}

/**
 * Adds furigana to every Japanese page (the analyser is loaded once per build; the city's readings win), then
 * indexes the built pages with Pagefind's Node API after the build (as Starlight does). Pages are added one by one
 * rather than with addDirectory so that their text is NFKC-folded like the queries; Pagefind splits the index by
 * each page's <html lang>, so /en/ gets its own. Ruby text stays out of the index; the readings of a page's words go
 * in as hidden terms instead, so that こそだて finds 子育て.
 *
 * In an incremental build (SKIP_RECORDS_ENV set) the pages of unaffected records are skipped by middleware; this
 * adds ruby to the rendered pages only and leaves the index to the pipeline, once the previous build's pages are in.
 */
export function pagefind({ readings }: { readings: Reading[] }): AstroIntegration {
  const incremental = Boolean(process.env[SKIP_RECORDS_ENV])
  return {
    name: 'keikaku-pagefind',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        if (incremental) addMiddleware({ entrypoint: fileURLToPath(new URL('./skip-records.ts', import.meta.url)), order: 'pre' })
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now()
        const root = fileURLToPath(dir)
        const annotate = createAnnotator(linderaAnalyser(), readings)
        const words: PageReadings = {}
        const files = pages.map(({ pathname }) => path.join(pathname, 'index.html'))
        for (let i = 0; i < files.length; i += BATCH) {
          await Promise.all(
            files.slice(i, i + BATCH).map(async (file) => {
              let content: string
              try {
                content = await readFile(path.join(root, file), 'utf8')
              } catch {
                return // endpoints (CSV, feed) are not pages
              }
              if (content === SKIPPED_PAGE || !/<html lang="ja"/.test(content)) return
              const ruby = addRubyToHtml(content, annotate)
              await writeFile(path.join(root, file), ruby.html)
              words[file] = ruby.words
            }),
          )
        }
        await mkdir(path.dirname(path.join(root, READINGS_FILE)), { recursive: true })
        await writeFile(path.join(root, READINGS_FILE), JSON.stringify({ pages: files, readings: sortedKeys(words) } satisfies SearchInput))
        logger.info(`ruby: ${Math.round(performance.now() - started)} ms (analyser loaded once)`)
        if (incremental) return
        const indexed = await writeSearchIndex(root, files, words)
        logger.info(`pagefind: indexed ${indexed} pages in ${Math.round(performance.now() - started)} ms`)
      },
    },
  }
}

/**
 * Indexes the given page files of a build (already with ruby) into `<root>/pagefind`, in path order, so that the
 * same pages give the same index whether they were rendered in this build or taken from the previous one.
 */
export async function writeSearchIndex(root: string, files: string[], words: PageReadings): Promise<number> {
  const { index, errors } = await createIndex({ excludeSelectors: ['rt', 'rp'] })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  let indexed = 0
  try {
    const sorted = [...files].sort()
    for (let i = 0; i < sorted.length; i += BATCH) {
      const batch = await Promise.all(
        sorted.slice(i, i + BATCH).map(async (file) => {
          try {
            return { file, content: await readFile(path.join(root, file), 'utf8') }
          } catch {
            return null // endpoints (CSV, feed) are not pages
          }
        }),
      )
      // Added in path order (the calls are issued in order), so the index does not depend on read timing.
      await Promise.all(
        batch.flatMap((page) => {
          if (!page) return []
          const content = words[page.file] ? withReadings(page.content, words[page.file]!) : page.content
          indexed++
          return [
            index.addHTMLFile({ url: `/${page.file.replace(/index\.html$/, '')}`, content: normalizeIndexedHtml(content) }).then((added) => {
              if (added.errors.length) throw new Error(`Pagefind: ${page.file}: ${added.errors.join('; ')}`)
            }),
          ]
        }),
      )
    }
    const written = await index.writeFiles({ outputPath: path.join(root, 'pagefind') })
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
    return indexed
  } finally {
    await close()
  }
}

export const sortedKeys = (words: PageReadings): PageReadings => Object.fromEntries(Object.entries(words).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
