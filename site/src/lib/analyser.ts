import { createRequire } from 'node:module'
import type { Reading } from '@keikaku/content-schemas'
import { annotate, type Analyse, type Annotated, type Morpheme } from './ruby.ts'

interface LinderaToken {
  surface: string
  reading?: string
}
interface LinderaTokenizer {
  tokenize(text: string): LinderaToken[]
}

let tokenizer: LinderaTokenizer | undefined

/**
 * Lindera with the IPADIC dictionary embedded in its npm package (nothing is downloaded at run time), loaded once per
 * process: loading takes about 2 s. Lindera drops ASCII whitespace, so the gaps between its words are put back as
 * bare text and the words always add up to the input.
 */
export function linderaAnalyser(): Analyse {
  if (!tokenizer) {
    const { TokenizerBuilder } = createRequire(import.meta.url)('lindera-wasm-nodejs-ipadic')
    const builder = new TokenizerBuilder()
    builder.setDictionary('embedded://ipadic')
    builder.setMode('normal')
    tokenizer = builder.build() as LinderaTokenizer
  }
  const t = tokenizer
  return (text) => {
    const out: Morpheme[] = []
    let pos = 0
    for (const token of t.tokenize(text)) {
      const at = text.indexOf(token.surface, pos)
      if (at < 0) continue
      if (at > pos) out.push({ surface: text.slice(pos, at), reading: null })
      out.push({ surface: token.surface, reading: token.reading && token.reading !== '*' ? token.reading : null })
      pos = at + token.surface.length
    }
    if (pos < text.length) out.push({ surface: text.slice(pos), reading: null })
    return out
  }
}

const DIGIT = /[0-9]/
/** The text with each ASCII digit as 0. */
const figureShape = (text: string) => text.replace(/[0-9]/g, '0')

/**
 * Annotates texts with a cache: headers, menus and footers repeat on every page. `known` are annotations of an
 * earlier build with the same readings and code (see furigana-cache.ts); `used` collects what this build needed.
 *
 * A text missing from the cache that differs from a known one only in its digits (a KPI's new actual: 412人 for
 * 411人) takes that text's annotation, with its own digits: the analyser reads any run of digits as one number, and
 * a counter after it (人, 年) the same whatever the number, so no reading depends on the figures. A publish of a new
 * figure then loads no analyser (about 0.5 s of the build). Not when a dictionary word contains a digit.
 */
export function createAnnotator(
  analyse: Analyse,
  readings: Reading[],
  known: Map<string, Annotated> = new Map(),
): { annotate: (text: string) => Annotated; used: Map<string, Annotated> } {
  const used = new Map<string, Annotated>()
  const byShape = readings.some((r) => DIGIT.test(r.surface)) ? null : new Map<string, Annotated>()
  if (byShape) for (const [seen, annotated] of known) if (DIGIT.test(seen)) byShape.set(figureShape(seen), annotated)
  const sameShape = (text: string): Annotated | undefined => {
    if (!byShape || !DIGIT.test(text)) return undefined
    const like = byShape.get(figureShape(text))
    return like && withFiguresOf(like, text)
  }
  return {
    used,
    annotate: (text) => {
      let hit = used.get(text)
      if (!hit) {
        used.set(text, (hit = known.get(text) ?? sameShape(text) ?? annotate(text, analyse, readings)))
        if (byShape && DIGIT.test(text)) byShape.set(figureShape(text), hit)
      }
      return hit
    },
  }
}

/** `annotated` (of a text of the same shape) with the characters of `text`; none if a word with a reading has a digit. */
function withFiguresOf(annotated: Annotated, text: string): Annotated | undefined {
  let at = 0
  const segments = annotated.segments.map((segment) => {
    const own = text.slice(at, (at += segment.text.length))
    return own === segment.text ? segment : { ...segment, text: own }
  })
  if (segments.some((s, i) => s.reading !== null && s !== annotated.segments[i])) return undefined
  return { segments, words: annotated.words }
}
