import { describe, expect, it } from 'vitest'
import { COLLECTION_LABELS } from '../src/collection-labels.ts'
import { inLanguage, languageOf } from '../src/language.ts'
import { COLLECTION_NAMES } from '../src/snapshot.ts'

describe('labels in the two languages', () => {
  it('answers in English only when English is asked for, in Japanese otherwise', () => {
    const label = { ja: '計画', en: 'Plan' }
    expect(inLanguage(label, 'en')).toBe('Plan')
    expect([inLanguage(label, 'ja'), inLanguage(label, undefined), inLanguage(label, null), inLanguage(label, 'fr')]).toEqual(['計画', '計画', '計画', '計画'])
    expect(languageOf('en-US')).toBe('ja')
  })

  it('names every published collection, one and many, in both languages', () => {
    for (const name of COLLECTION_NAMES) {
      const { singular, plural, short } = COLLECTION_LABELS[name]
      for (const label of [singular, plural, ...(short ? [short] : [])]) {
        expect(label.ja.trim(), `${name} (ja)`).not.toBe('')
        expect(label.en.trim(), `${name} (en)`).not.toBe('')
      }
    }
  })
})
