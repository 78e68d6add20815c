import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = join(import.meta.dirname, '../../src')
/** A ternary on the language whose branch is a text literal: `ja ? '…' : '…'`, `locale === 'ja' ? `…` : …`. */
const INLINE_PAIR = /(\bja|\bisJa|\b(?:lang|locale|language) [!=]== '(?:ja|en)') \? \(?[`'"](?!(?:ja|en|en\/|ja_JP)?['"])/

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return /\.(ts|astro)$/.test(entry.name) ? [path] : []
  })
}

describe('site text', () => {
  it('lives in the dictionaries (i18n.ts), not in inline ja/en pairs', () => {
    const pairs = sources(SRC).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (INLINE_PAIR.test(line) ? [`${file.slice(SRC.length + 1)}:${i + 1}: ${line.trim()}`] : [])),
    )
    expect(pairs).toEqual([])
  })
})
