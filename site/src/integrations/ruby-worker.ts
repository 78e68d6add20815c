/**
 * A worker thread of the search step (see pagefind.ts): adds furigana to the built pages it is given and returns
 * what Pagefind indexes of each. Each worker loads the analyser once; pages are independent, so several workers
 * share a build's pages while Pagefind (a process of its own) indexes the ones they finished.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { parentPort, workerData } from 'node:worker_threads'
import type { Reading } from '@keikaku/content-schemas'
import { createAnnotator, linderaAnalyser } from '../lib/analyser.ts'
import { addRubyToHtml } from '../lib/ruby-html.ts'
import { indexedDocument } from '../lib/search-document.ts'

export interface PageRequest {
  id: number
  file: string
}
export type PageResult = { id: number; content: string | null; rubyMs: number } | { id: number; error: string }

const port = parentPort!
const started = performance.now()
const annotate = createAnnotator(linderaAnalyser(), (workerData as { readings: Reading[] }).readings)
const loadMs = performance.now() - started
let first = true

/** Japanese pages get furigana (written back); every page is returned as Pagefind indexes it, or null. */
async function prepare(file: string): Promise<{ content: string | null; rubyMs: number }> {
  let html: string
  try {
    html = await readFile(file, 'utf8')
  } catch {
    return { content: null, rubyMs: 0 } // endpoints (CSV, feed) are not pages
  }
  if (!/<html lang="ja"/.test(html)) return { content: indexedDocument(html, []), rubyMs: 0 }
  const t0 = performance.now()
  const ruby = addRubyToHtml(html, annotate)
  const rubyMs = performance.now() - t0 + (first ? loadMs : 0)
  first = false
  await writeFile(file, ruby.html)
  return { content: indexedDocument(html, ruby.words), rubyMs }
}

port.on('message', ({ id, file }: PageRequest) => {
  prepare(file).then(
    (result) => port.postMessage({ id, ...result } satisfies PageResult),
    (error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies PageResult),
  )
})
