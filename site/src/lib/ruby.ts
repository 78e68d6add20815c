import type { Reading } from '@keikaku/content-schemas'

/** A word as the morphological analyser returns it: its text and, where the dictionary knows it, its reading. */
export interface Morpheme {
  surface: string
  /** Katakana or hiragana; null for words the dictionary does not know. */
  reading: string | null
}

/** Splits text into words with readings (the analyser, loaded once per build: see analyser.ts). */
export type Analyse = (text: string) => Morpheme[]

/** A run of text and, for runs with kanji, the reading shown above it. */
export interface RubySegment {
  text: string
  reading: string | null
}

const KANJI = /[\u3400-\u9fff\uf900-\ufaff\u3005\u3006\u30f6]/
const KANA_RUN = /([\u3041-\u309f\u30a1-\u30fa\u30fc]+)/

export const hasKanji = (text: string) => KANJI.test(text)

/** Katakana → hiragana (ー stays). */
export const toHiragana = (text: string) => text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Gives each kanji run of a word its part of the reading, leaving the kana (okurigana) bare:
 * 育てる/そだてる → 育(そだ) てる; 取り組み/とりくみ → 取(と) り 組(く) み. Falls back to the whole word when the
 * kana do not line up with the reading.
 */
export function alignReading(surface: string, reading: string): RubySegment[] {
  const hira = toHiragana(reading)
  if (!hasKanji(surface)) return [{ text: surface, reading: null }]
  const parts = surface.split(KANA_RUN).filter(Boolean)
  const pattern = new RegExp(`^${parts.map((p) => (KANA_RUN.test(p) && !hasKanji(p) ? `(${escapeRegExp(toHiragana(p))})` : '(.+?)')).join('')}$`)
  const match = pattern.exec(hira)
  if (!match) return [{ text: surface, reading: hira }]
  return parts.map((p, i) => (hasKanji(p) ? { text: p, reading: match[i + 1]! } : { text: p, reading: null }))
}

/**
 * Readings IPADIC lacks or gets wrong in a plan's usual text, below the city's own dictionary: the 令和 era is newer
 * than the dictionary, and 元年 is がんねん in era dates.
 */
export const DEFAULT_READINGS: Reading[] = [
  { surface: '令和', reading: 'れいわ' },
  { surface: '元年', reading: 'がんねん' },
]

/** Counters after a number, which IPADIC reads as words on their own (4月 is not よんつき). */
const COUNTER_READINGS: Record<string, string> = { 月: 'がつ', 日: 'にち', 年: 'ねん', 人: 'にん', 回: 'かい', 件: 'けん', 部: 'ぶ', 歳: 'さい' }
const ENDS_WITH_DIGIT = /[0-9０-９]$/

/** Splits text at the city's dictionary words (longest first), so that their readings win over the analyser's. */
function splitByDictionary(text: string, readings: Reading[]): Array<{ text: string; reading: string | null }> {
  if (readings.length === 0) return [{ text, reading: null }]
  const sorted = [...readings].sort((a, b) => b.surface.length - a.surface.length)
  const byText = new Map(sorted.map((r) => [r.surface, r.reading]))
  const pattern = new RegExp(sorted.map((r) => escapeRegExp(r.surface)).join('|'), 'g')
  const out: Array<{ text: string; reading: string | null }> = []
  let last = 0
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), reading: null })
    out.push({ text: m[0], reading: byText.get(m[0])! })
    last = m.index + m[0].length
  }
  if (last < text.length) out.push({ text: text.slice(last), reading: null })
  return out
}

/** A text annotated: runs with readings over the kanji, and the whole-word readings (for the search index). */
export interface Annotated {
  segments: RubySegment[]
  /** Hiragana reading of each kanji word, e.g. こそだて for 子育て. */
  words: string[]
}

/** Annotates a text: the city's dictionary first, then the analyser; kana-only words get no reading. */
export function annotate(text: string, analyse: Analyse, readings: Reading[] = []): Annotated {
  if (!hasKanji(text)) return { segments: [{ text, reading: null }], words: [] }
  const segments: RubySegment[] = []
  const words: string[] = []
  const word = (surface: string, reading: string | null) => {
    if (reading === null || !hasKanji(surface)) return void segments.push({ text: surface, reading: null })
    words.push(toHiragana(reading))
    segments.push(...alignReading(surface, reading))
  }
  const byCity = new Set(readings.map((r) => r.surface))
  const dictionary = [...readings, ...DEFAULT_READINGS.filter((r) => !byCity.has(r.surface))]
  for (const part of splitByDictionary(text, dictionary)) {
    if (part.reading !== null || !hasKanji(part.text)) word(part.text, part.reading)
    else {
      let previous = segments.at(-1)?.text ?? ''
      for (const m of analyse(part.text)) {
        word(m.surface, ENDS_WITH_DIGIT.test(previous) ? (COUNTER_READINGS[m.surface] ?? m.reading) : m.reading)
        previous = m.surface
      }
    }
  }
  // Neighbouring bare runs are merged so that the HTML stays small.
  const merged = segments.reduce<RubySegment[]>((acc, s) => {
    const prev = acc.at(-1)
    if (prev && prev.reading === null && s.reading === null) prev.text += s.text
    else acc.push({ ...s })
    return acc
  }, [])
  return { segments: merged, words }
}

/**
 * Ruby HTML for a text node's (already escaped) text. `rp` keeps the reading in brackets where ruby is not
 * rendered (text browsers, reader modes).
 */
export function rubyHtml(segments: RubySegment[]): string {
  return segments.map((s) => (s.reading === null ? s.text : `<ruby>${s.text}<rp>(</rp><rt>${s.reading}</rt><rp>)</rp></ruby>`)).join('')
}
