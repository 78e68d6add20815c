import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Reading } from '@keikaku/content-schemas'
import type { AstroIntegration } from 'astro'
import { close, createIndex } from 'pagefind'
import { createAnnotator, linderaAnalyser } from '../lib/analyser.ts'
import { addRubyToHtml } from '../lib/ruby-html.ts'
import { withReadings } from '../lib/search-readings.ts'
import { normalizeIndexedHtml } from '../lib/search-query.ts'

const BATCH = 64

/**
 * Adds furigana to every Japanese page (the analyser is loaded once per build; the city's readings win), then
 * indexes the built pages with Pagefind's Node API after the build (as Starlight does). Pages are added one by one
 * rather than with addDirectory so that their text is NFKC-folded like the queries; Pagefind splits the index by
 * each page's <html lang>, so /en/ gets its own. Ruby text stays out of the index; the readings of a page's words go
 * in as hidden terms instead, so that こそだて finds 子育て.
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
        try {
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
                if (/<html lang="ja"/.test(content)) {
                  const t0 = performance.now()
                  const ruby = addRubyToHtml(content, annotate)
                  rubyMs += performance.now() - t0
                  await writeFile(path.join(root, file), ruby.html)
                  content = withReadings(ruby.html, ruby.words)
                }
                const added = await index.addHTMLFile({ url: `/${file.replace(/index\.html$/, '')}`, content: normalizeIndexedHtml(content) })
                if (added.errors.length) throw new Error(`Pagefind: ${file}: ${added.errors.join('; ')}`)
              }),
            )
          }
          const written = await index.writeFiles({ outputPath: path.join(root, 'pagefind') })
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
          logger.info(`ruby: ${Math.round(rubyMs)} ms (analyser loaded once)`)
          logger.info(`pagefind: indexed ${files.length} pages in ${Math.round(performance.now() - started)} ms`)
        } finally {
          await close()
        }
      },
    },
  }
}
