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

/**
 * Annotates texts with a cache: headers, menus and footers repeat on every page. `known` are annotations of an
 * earlier build with the same readings and code (see furigana-cache.ts); `used` collects what this build needed.
 */
export function createAnnotator(
  analyse: Analyse,
  readings: Reading[],
  known: Map<string, Annotated> = new Map(),
): { annotate: (text: string) => Annotated; used: Map<string, Annotated> } {
  const used = new Map<string, Annotated>()
  return {
    used,
    annotate: (text) => {
      let hit = used.get(text)
      if (!hit) used.set(text, (hit = known.get(text) ?? annotate(text, analyse, readings)))
      return hit
    },
  }
}
