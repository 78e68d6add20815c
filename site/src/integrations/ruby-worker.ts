/**
 * A worker thread of the search step (see pagefind.ts): adds furigana to the pages Astro renders, as they are
 * rendered, returns the readings of each page's words (the index's hidden terms) and, in a full build, writes each
 * page's search document. Each worker loads the analyser once; pages are independent, so several workers share a
 * build's pages; Pagefind indexes the documents once all are written.
 */
import { mkdir, writeFile } from 'node:fs/promises'
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
 * A rendered page to prepare, as UTF-8 bytes (moved between the threads, not copied), and, with `doc`, the file to
 * write its search document to; `flush`: send back the annotations this worker used, for the cache; or
 * `loadAnalyser`: load it now, before the first page (no answer).
 */
export type PageRequest = { id: number; html: Uint8Array<ArrayBuffer>; doc?: string } | { id: number; flush: true } | { loadAnalyser: true }
/** A prepared page: its HTML (with furigana if Japanese; moved back either way) and its words' readings. */
export interface PreparedPage {
  html: Uint8Array<ArrayBuffer>
  words: string[] | null
  rubyMs: number
}
export type PageResult = ({ id: number } & PreparedPage) | { id: number; used: Array<[string, Annotated]> } | { id: number; error: string }

const port = parentPort!
const { readings, cache } = workerData as WorkerData
// The analyser (about 2 s to load) only once a text is missing from the cache.
let analyser: Analyse | undefined
const annotator = createAnnotator((text) => (analyser ??= linderaAnalyser())(text), readings, readFuriganaCache(cache.file, cache.key))
const annotate = annotator.annotate

/**
 * Japanese pages get furigana and their words' readings; other pages none. With `doc`, the page's search document
 * is written there too: the same document writeSearchDocs makes from the page's file.
 */
async function prepare(bytes: Uint8Array<ArrayBuffer>, doc?: string): Promise<PreparedPage> {
  let html = decoder.decode(bytes)
  const page: PreparedPage = { html: bytes, words: null, rubyMs: 0 }
  if (/<html lang="ja"/.test(html)) {
    const t0 = performance.now()
    const ruby = addRubyToHtml(html, annotate)
    page.rubyMs = performance.now() - t0
    html = ruby.html
    page.html = encoder.encode(html)
    page.words = ruby.words
  }
  const document = doc ? indexedDocument(html, page.words ?? []) : null
  if (doc && document) {
    await mkdir(path.dirname(doc), { recursive: true })
    await writeFile(doc, document)
  }
  return page
}

const decoder = new TextDecoder()
const encoder = new TextEncoder()

port.on('message', (request: PageRequest) => {
  if ('loadAnalyser' in request) return void (analyser ??= linderaAnalyser())
  const { id } = request
  if ('flush' in request) return port.postMessage({ id, used: [...annotator.used] } satisfies PageResult)
  prepare(request.html, request.doc).then(
    (result) => port.postMessage({ id, ...result } satisfies PageResult, [result.html.buffer]),
    (error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies PageResult),
  )
})
