/**
 * A worker thread of the search step (see pagefind.ts): adds furigana to the built pages it is given, returns the
 * readings of each page's words (the index's hidden terms) and, in a full build, writes each page's search
 * document. Each worker loads the analyser once; pages are independent, so several workers share a build's pages;
 * Pagefind indexes the documents once all are written.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import type { Reading } from '@keikaku/content-schemas'
import { createAnnotator, linderaAnalyser } from '../lib/analyser.ts'
import type { Analyse, Annotated } from '../lib/ruby.ts'
import { addRubyToHtml } from '../lib/ruby-html.ts'
import { indexedDocument } from '../lib/search-document.ts'
import { readFuriganaCache } from './furigana-cache.ts'

export interface WorkerData {
  readings: Reading[]
  cache: { file: string; key: string }
}
/**
 * A page to prepare (and, with `doc`, the file to write its search document to), `flush`: send back the
 * annotations this worker used, for the cache, or `loadAnalyser`: load it now, before the first page (no answer).
 */
export type PageRequest = { id: number; file: string; doc?: string } | { id: number; flush: true } | { loadAnalyser: true }
export type PageResult =
  { id: number; words: string[] | null; rubyMs: number } | { id: number; used: Array<[string, Annotated]> } | { id: number; error: string }

const port = parentPort!
const { readings, cache } = workerData as WorkerData
// The analyser (about 2 s to load) only once a text is missing from the cache.
let analyser: Analyse | undefined
const annotator = createAnnotator((text) => (analyser ??= linderaAnalyser())(text), readings, readFuriganaCache(cache.file, cache.key))
const annotate = annotator.annotate

/**
 * Japanese pages get furigana (written back) and their words' readings; other pages none. With `doc`, the page's
 * search document is written there too, from the page in memory: the same document writeSearchDocs makes from the
 * file, without reading every page a second time on the build's main thread.
 */
async function prepare(file: string, doc?: string): Promise<{ words: string[] | null; rubyMs: number }> {
  let html: string
  try {
    html = await readFile(file, 'utf8')
  } catch {
    return { words: null, rubyMs: 0 } // endpoints (CSV, feed) are not pages
  }
  let words: string[] | null = null
  let rubyMs = 0
  if (/<html lang="ja"/.test(html)) {
    const t0 = performance.now()
    const ruby = addRubyToHtml(html, annotate)
    rubyMs = performance.now() - t0
    html = ruby.html
    words = ruby.words
    await writeFile(file, html)
  }
  const document = doc ? indexedDocument(html, words ?? []) : null
  if (doc && document) {
    await mkdir(path.dirname(doc), { recursive: true })
    await writeFile(doc, document)
  }
  return { words, rubyMs }
}

port.on('message', (request: PageRequest) => {
  if ('loadAnalyser' in request) return void (analyser ??= linderaAnalyser())
  const { id } = request
  if ('flush' in request) return port.postMessage({ id, used: [...annotator.used] } satisfies PageResult)
  prepare(request.file, request.doc).then(
    (result) => port.postMessage({ id, ...result } satisfies PageResult),
    (error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies PageResult),
  )
})
