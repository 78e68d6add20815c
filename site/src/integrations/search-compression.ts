/**
 * Pagefind writes its files gzip-compressed at zlib's default level, and the browser downloads them as they are. A
 * first search downloads Pagefind's WebAssembly, the language's meta file and one index chunk per word: about 100 KB
 * of the 125 KB a first Japanese result costs on the 5,000-page plan. libdeflate's strongest level makes those files
 * 4–12 % smaller (any gzip reader reads them; Pagefind's own does). The result fragments, a few hundred bytes each
 * and thousands of them, gain almost nothing and are left as Pagefind wrote them.
 *
 * Compressing a chunk that strongly takes about 35 ms, so the results are kept in the build's cache folder, by the
 * hash of what Pagefind wrote: a publish that changes one record recompresses the few files it changes.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { gzip } from 'libdeflate'

const LEVEL = 12
/** The files a search downloads whole and once per word or language (not the per-result fragments). */
const RECOMPRESSED = /^(?:wasm\.[\w-]+\.pagefind|[\w.-]+\.pf_meta|index\/[\w.-]+\.pf_index|filter\/[\w.-]+\.pf_filter)$/
const GZIP_MAGIC = [0x1f, 0x8b]
const CACHE_FOLDER = 'keikaku-search-gzip'

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
  const files = (await readdir(dir, { recursive: true })).map((file) => file.split(path.sep).join('/')).filter((file) => RECOMPRESSED.test(file))
  const used = new Set<string>()
  const result: Recompressed = { files: files.length, saved: 0, compressed: 0 }
  for (const file of files.sort()) {
    const original = await readFile(path.join(dir, file))
    if (original[0] !== GZIP_MAGIC[0] || original[1] !== GZIP_MAGIC[1]) throw new Error(`Pagefind's ${file} is not gzip-compressed`)
    const key = `${createHash('sha256').update(original).digest('hex')}.gz`
    used.add(key)
    let smaller = cache ? await readFile(path.join(cache, key)).catch(() => undefined) : undefined
    if (!smaller) {
      const stronger = gzip(gunzipSync(original), LEVEL)
      smaller = stronger.length < original.length ? Buffer.from(stronger) : original
      result.compressed++
      if (cache) await writeFile(path.join(cache, key), smaller)
    }
    if (smaller.length < original.length) {
      await writeFile(path.join(dir, file), smaller)
      result.saved += original.length - smaller.length
    }
  }
  if (cache) {
    for (const entry of await readdir(cache)) if (!used.has(entry)) await rm(path.join(cache, entry), { force: true })
  }
  return result
}
