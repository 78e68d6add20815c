import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { furiganaCacheKey, readFuriganaCache, writeFuriganaCache } from '../../src/integrations/furigana-cache.ts'
import { createAnnotator } from '../../src/lib/analyser.ts'
import type { Analyse } from '../../src/lib/ruby.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'keikaku-furigana-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('furigana of earlier builds', () => {
  const analysed: string[] = []
  const fake: Analyse = (text) => (analysed.push(text), text === '子育て' ? [{ surface: '子育て', reading: 'コソダテ' }] : [{ surface: text, reading: null }])

  it('annotates only texts the last build did not, and keeps only what this build used', () => {
    const file = path.join(dir, 'furigana.json')
    const key = furiganaCacheKey([])
    const first = createAnnotator(fake, [], readFuriganaCache(file, key))
    first.annotate('子育て')
    first.annotate('子育て')
    writeFuriganaCache(file, key, [...first.used])
    expect(analysed).toEqual(['子育て'])

    const second = createAnnotator(fake, [], readFuriganaCache(file, key))
    expect(second.annotate('子育て').words).toEqual(['こそだて'])
    second.annotate('支援')
    expect(analysed).toEqual(['子育て', '支援'])
    expect([...second.used.keys()]).toEqual(['子育て', '支援'])
  })

  it('starts afresh when the city readings change', () => {
    const file = path.join(dir, 'furigana.json')
    writeFuriganaCache(file, furiganaCacheKey([]), [['一関', { segments: [{ text: '一関', reading: 'いっせき' }], words: ['いっせき'] }]])
    expect(readFuriganaCache(file, furiganaCacheKey([{ surface: '一関', reading: 'いちのせき' }])).size).toBe(0)
    expect(readFuriganaCache(path.join(dir, 'missing.json'), furiganaCacheKey([])).size).toBe(0)
  })
})
