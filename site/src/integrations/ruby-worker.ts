/**
 * A worker thread of the search step (see pagefind.ts): adds furigana to the built pages it is given and returns
 * the readings of each page's words (the index's hidden terms). Each worker loads the analyser once; pages are independent, so several workers
 * share a build's pages while Pagefind (a process of its own) indexes the ones they finished.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { parentPort, workerData } from 'node:worker_threads'
import type { Reading } from '@keikaku/content-schemas'
import { createAnnotator, linderaAnalyser } from '../lib/analyser.ts'
import type { Analyse, Annotated } from '../lib/ruby.ts'
import { addRubyToHtml } from '../lib/ruby-html.ts'
import { readFuriganaCache } from './furigana-cache.ts'

export interface WorkerData {
  readings: Reading[]
  cache: { file: string; key: string }
}
/** A page to prepare, or `flush`: send back the annotations this worker used, for the cache. */
export type PageRequest = { id: number; file: string } | { id: number; flush: true }
export type PageResult =
  { id: number; words: string[] | null; rubyMs: number } | { id: number; used: Array<[string, Annotated]> } | { id: number; error: string }

const port = parentPort!
const { readings, cache } = workerData as WorkerData
// The analyser (about 2 s to load) only once a text is missing from the cache.
let analyser: Analyse | undefined
const annotator = createAnnotator((text) => (analyser ??= linderaAnalyser())(text), readings, readFuriganaCache(cache.file, cache.key))
const annotate = annotator.annotate

/** Japanese pages get furigana (written back) and their words' readings; other pages none. */
async function prepare(file: string): Promise<{ words: string[] | null; rubyMs: number }> {
  let html: string
  try {
    html = await readFile(file, 'utf8')
  } catch {
    return { words: null, rubyMs: 0 } // endpoints (CSV, feed) are not pages
  }
  if (!/<html lang="ja"/.test(html)) return { words: null, rubyMs: 0 }
  const t0 = performance.now()
  const ruby = addRubyToHtml(html, annotate)
  const rubyMs = performance.now() - t0
  await writeFile(file, ruby.html)
  return { words: ruby.words, rubyMs }
}

port.on('message', (request: PageRequest) => {
  const { id } = request
  if ('flush' in request) return port.postMessage({ id, used: [...annotator.used] } satisfies PageResult)
  prepare(request.file).then(
    (result) => port.postMessage({ id, ...result } satisfies PageResult),
    (error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies PageResult),
  )
})
