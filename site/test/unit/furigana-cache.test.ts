import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { furiganaCacheKey, readFuriganaCache, writeFuriganaCache } from '../../src/integrations/furigana-cache.ts'
import { createAnnotator, linderaAnalyser } from '../../src/lib/analyser.ts'
import { annotate, type Analyse } from '../../src/lib/ruby.ts'

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

  it('annotates a text with new figures as the known text with its old ones, without the analyser', () => {
    const analyser = linderaAnalyser()
    const calls: string[] = []
    const counting: Analyse = (text) => (calls.push(text), analyser(text))
    const pairs = [
      ['最新の実績: 411人（平成30年度（2018年度））', '最新の実績: 412人（平成31年度（2019年度））'],
      ['評価（自動計算）: 順調・進捗率 82.4%', '評価（自動計算）: 順調・進捗率 91.7%'],
      ['第1回会議は10月1日、3歳児 1,234人', '第2回会議は12月9日、5歳児 4,321人'],
    ]
    for (const [before, after] of pairs) {
      const annotator = createAnnotator(counting, [])
      annotator.annotate(before!)
      calls.length = 0
      // Exactly what the analyser itself makes of the new text: counters read the same after any digit.
      expect(annotator.annotate(after!)).toEqual(annotate(after!, analyser, []))
      expect(calls).toEqual([])
    }
  })

  it('asks the analyser when the shape differs or a city word has a digit', () => {
    const calls: string[] = []
    const counting: Analyse = (text) => (calls.push(text), [{ surface: text, reading: null }])
    const plain = createAnnotator(counting, [])
    plain.annotate('実績 41人')
    plain.annotate('実績 412人')
    expect(calls).toHaveLength(2)
    const withDigitWord = createAnnotator(counting, [{ surface: '第2次計画', reading: 'だいにじけいかく' }])
    calls.length = 0
    withDigitWord.annotate('実績 1人')
    withDigitWord.annotate('実績 2人')
    expect(calls).toHaveLength(2)
  })
})
