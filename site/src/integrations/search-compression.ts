/**
 * Pagefind writes its files gzip-compressed at zlib's default level, and the browser downloads them as they are. A
 * first search downloads Pagefind's WebAssembly, the language's meta file and one index chunk per word: about 100 KB
 * of the 125 KB a first Japanese result costs on the 5,000-page plan. libdeflate's strongest level makes those files
 * 4–12 % smaller (any gzip reader reads them; Pagefind's own does). The result fragments, a few hundred bytes each
 * and thousands of them, gain almost nothing and are left as Pagefind wrote them.
 *
 * Compressing a chunk that strongly takes about 35 ms (the 98 of the 5,000-page plan 3.5 s), so it is done in worker
 * threads (search-compression-worker.ts), one per core, and the results are kept in the build's cache folder by the
 * hash of what Pagefind wrote: a publish that changes one record recompresses the few files it changes.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { CompressRequest, CompressResult } from './search-compression-worker.ts'
import { WORKER_THREADS } from './threads.ts'
import { writeWhole } from '../lib/write-whole.ts'

/** The files a search downloads whole and once per word or language (not the per-result fragments). */
const RECOMPRESSED = /^(?:wasm\.[\w-]+\.pagefind|[\w.-]+\.pf_meta|index\/[\w.-]+\.pf_index|filter\/[\w.-]+\.pf_filter)$/
const LEVEL = 12
const CACHE_FOLDER = 'keikaku-search-gzip'
/**
 * What a cached file depends on besides Pagefind's bytes: another level or libdeflate version compresses anew. Read
 * when an index is written, not when the site's config loads this module. (libdeflate exports no package.json.)
 */
const settings = () =>
  `l${LEVEL}-libdeflate-${(JSON.parse(readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('libdeflate')), 'package.json'), 'utf8')) as { version: string }).version}`

const isGzip = (bytes: Buffer) => bytes[0] === 0x1f && bytes[1] === 0x8b

/**
 * Whether `gzipped` is a whole gzip file of the same data as `original`: the gzip header, and the same trailer (the
 * data's CRC-32 and length). A cache entry cut short by a stopped build fails this and is compressed again.
 */
const sameData = (gzipped: Buffer, original: Buffer) => gzipped.length > 18 && isGzip(gzipped) && gzipped.subarray(-8).equals(original.subarray(-8))

export interface Recompressed {
  files: number
  /** Bytes saved over Pagefind's compression. */
  saved: number
  /** Files compressed in this call (the others came from the cache). */
  compressed: number
}

/**
 * Recompresses the index Pagefind wrote into `dir`, in place. With `cacheDir`, files compressed before are taken
 * from there, and what this index did not use is removed from it.
 */
export async function recompressSearchIndex(dir: string, cacheDir?: string): Promise<Recompressed> {
  const cache = cacheDir ? path.join(cacheDir, CACHE_FOLDER) : undefined
  if (cache) await mkdir(cache, { recursive: true })
  const files = (await readdir(dir, { recursive: true }))
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => RECOMPRESSED.test(file))
    .sort()
  const originals = await Promise.all(files.map((file) => readFile(path.join(dir, file))))
  const tag = settings()
  const keys = originals.map((original, i) => {
    if (!isGzip(original)) throw new Error(`Pagefind's ${files[i]} is not gzip-compressed`)
    return `${createHash('sha256').update(original).digest('hex')}.${tag}.gz`
  })
  const cached = await Promise.all(
    keys.map(async (key, i) => {
      const entry = cache ? await readFile(path.join(cache, key)).catch(() => undefined) : undefined
      return entry && sameData(entry, originals[i]!) ? entry : undefined
    }),
  )
  const missing = cached.flatMap((hit, i) => (hit ? [] : [i]))
  const compressed = await compressAll(missing.map((i) => new Uint8Array(originals[i]!)))
  for (const [n, i] of missing.entries()) {
    const { buffer, byteOffset, byteLength } = compressed[n]!
    const stronger = Buffer.from(buffer, byteOffset, byteLength)
    cached[i] = stronger.length < originals[i]!.length ? stronger : originals[i]!
    if (cache) writeCacheEntry(path.join(cache, keys[i]!), cached[i]!)
  }
  const result: Recompressed = { files: files.length, saved: 0, compressed: missing.length }
  for (const [i, file] of files.entries()) {
    const smaller = cached[i]!
    if (smaller.length < originals[i]!.length) {
      await writeFile(path.join(dir, file), smaller)
      result.saved += originals[i]!.length - smaller.length
    }
  }
  if (cache) {
    const used = new Set(keys)
    for (const entry of await readdir(cache)) if (!used.has(entry)) await rm(path.join(cache, entry), { force: true })
  }
  return result
}

/** Best effort: another build pruning the cache folder at the same moment only costs a compression next time. */
function writeCacheEntry(file: string, data: Buffer): void {
  try {
    writeWhole(file, data)
  } catch {
    // Not kept: compressed again by the next build that needs it.
  }
}

/** Each file gzipped again in the worker threads, the largest first so that the threads finish together. */
async function compressAll(files: Array<Uint8Array<ArrayBuffer>>): Promise<Array<Uint8Array<ArrayBuffer>>> {
  if (files.length === 0) return []
  const order = files.map((_, i) => i).sort((a, b) => files[b]!.length - files[a]!.length)
  const results: Array<Uint8Array<ArrayBuffer>> = []
  const workers = Array.from({ length: Math.min(WORKER_THREADS, files.length) }, () => new Worker(new URL('./search-compression-worker.ts', import.meta.url)))
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const id = order.shift()
              if (id === undefined) return resolve()
              const gzipped = files[id]!
              worker.postMessage({ id, gzipped, level: LEVEL } satisfies CompressRequest, [gzipped.buffer])
            }
            worker.on('message', ({ id, gzipped }: CompressResult) => {
              results[id] = gzipped
              next()
            })
            worker.on('error', reject)
            worker.on('exit', (code) => reject(new Error(`search compression worker stopped (exit code ${code})`)))
            next()
          }),
      ),
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return results
}
