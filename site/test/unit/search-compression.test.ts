import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { close, createIndex } from 'pagefind'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recompressSearchIndex } from '../../src/integrations/search-compression.ts'

const work = mkdtempSync(path.join(tmpdir(), 'keikaku-search-gzip-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const page = (title: string, text: string) =>
  `<!doctype html><html lang="ja"><head><meta charset="utf-8"></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`

/** A real Pagefind index of a few Japanese pages, written into `out`. */
async function pagefindIndex(out: string, texts: string[]): Promise<void> {
  const docs = path.join(work, 'docs')
  rmSync(docs, { recursive: true, force: true })
  texts.forEach((text, i) => {
    mkdirSync(path.join(docs, `p${i}`), { recursive: true })
    writeFileSync(path.join(docs, `p${i}`, 'index.html'), page(`施策${i}`, text.repeat(40)))
  })
  const { index } = await createIndex()
  try {
    await index!.addDirectory({ path: docs })
    await index!.writeFiles({ outputPath: out })
  } finally {
    await close()
  }
}

const files = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(pagefind|pf_\w+)$/.test(f)).sort()
const contents = (dir: string) => Object.fromEntries(files(dir).map((f) => [f, gunzipSync(readFileSync(path.join(dir, f))).toString('base64')]))

describe("Pagefind's files recompressed", () => {
  const original = path.join(work, 'original')
  const texts = ['子育て支援を充実します。', '観光の振興と地域の魅力づくり。', '防災体制を強化します。']
  beforeAll(() => pagefindIndex(original, texts), 30_000)

  it('are smaller and hold the same data; result fragments stay as Pagefind wrote them', async () => {
    const dir = path.join(work, 'a')
    cpSync(original, dir, { recursive: true })
    const result = await recompressSearchIndex(dir)
    expect(files(dir)).toEqual(files(original))
    expect(contents(dir)).toEqual(contents(original))
    const size = (d: string, f: string) => readFileSync(path.join(d, f)).length
    const wasm = files(dir).find((f) => f.startsWith('wasm.'))!
    expect(size(dir, wasm)).toBeLessThan(size(original, wasm))
    for (const f of files(dir)) expect(size(dir, f)).toBeLessThanOrEqual(size(original, f))
    for (const f of files(dir).filter((f) => f.startsWith('fragment'))) expect(readFileSync(path.join(dir, f))).toEqual(readFileSync(path.join(original, f)))
    expect(result.saved).toBe(files(dir).reduce((n, f) => n + size(original, f) - size(dir, f), 0))
    expect(result.saved).toBeGreaterThan(1000)
  })

  it('come from the cache the second time, and the cache keeps only what the last index used', async () => {
    const cache = path.join(work, 'cache')
    const first = path.join(work, 'b1')
    cpSync(original, first, { recursive: true })
    const cold = await recompressSearchIndex(first, cache)
    expect(cold.compressed).toBe(cold.files)

    const second = path.join(work, 'b2')
    cpSync(original, second, { recursive: true })
    const warm = await recompressSearchIndex(second, cache)
    expect(warm).toEqual({ ...cold, compressed: 0 })
    for (const f of files(first)) expect(readFileSync(path.join(second, f))).toEqual(readFileSync(path.join(first, f)))

    // One page changed: its chunks and the meta file are new, Pagefind's code is not.
    const changed = path.join(work, 'c')
    await pagefindIndex(changed, [...texts.slice(0, 2), '移住と定住を支援します。'])
    const after = await recompressSearchIndex(changed, cache)
    expect(after.compressed).toBeGreaterThan(0)
    expect(after.compressed).toBeLessThan(after.files)
    expect(readdirSync(path.join(cache, 'keikaku-search-gzip'))).toHaveLength(after.files)
  })

  it('compresses again a cache entry that a stopped build left cut short', async () => {
    const cache = path.join(work, 'cache-cut')
    const first = path.join(work, 'e1')
    cpSync(original, first, { recursive: true })
    await recompressSearchIndex(first, cache)
    const folder = path.join(cache, 'keikaku-search-gzip')
    const entries = readdirSync(folder)
    for (const entry of entries) writeFileSync(path.join(folder, entry), readFileSync(path.join(folder, entry)).subarray(0, 10))
    const second = path.join(work, 'e2')
    cpSync(original, second, { recursive: true })
    const again = await recompressSearchIndex(second, cache)
    expect(again.compressed).toBe(again.files)
    expect(contents(second)).toEqual(contents(original))
  })

  it('refuses a file that is not gzip, naming it', async () => {
    const dir = path.join(work, 'd')
    cpSync(original, dir, { recursive: true })
    const meta = files(dir).find((f) => f.endsWith('.pf_meta'))!
    writeFileSync(path.join(dir, meta), 'not gzip')
    await expect(recompressSearchIndex(dir)).rejects.toThrow(meta)
  })
})
