/**
 * Furigana of earlier builds, kept in Astro's cache folder (outside the build, like optimised images): a publish
 * annotates only the texts that are new since the last one. Valid only for the same city readings, annotation code
 * and analyser version; a full build keeps exactly the texts it used, so the file never outgrows the site for long
 * (an incremental build adds its texts to the others).
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Reading } from '@keikaku/content-schemas'
import type { Annotated } from '../lib/ruby.ts'
import { writeWhole } from '../lib/write-whole.ts'

/** What annotations depend on: the city's readings, our annotation code and the analyser's version. */
export function furiganaCacheKey(readings: Reading[]): string {
  const code = ['../lib/ruby.ts', '../lib/analyser.ts'].map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'))
  const analyser = createRequire(import.meta.url)('lindera-wasm-nodejs-ipadic/package.json').version as string
  return createHash('sha256').update(JSON.stringify({ readings, code, analyser })).digest('hex')
}

/** The annotations of the last build, or none when it used other readings or code (or there was none). */
export function readFuriganaCache(file: string, key: string): Map<string, Annotated> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { key: string; entries: Array<[string, Annotated]> }
    if (data.key === key) return new Map(data.entries)
  } catch {
    // No cache yet, or an unreadable one: annotate everything.
  }
  return new Map()
}

/** Written whole, so that a build started meanwhile never reads half a file. */
export function writeFuriganaCache(file: string, key: string, entries: Array<[string, Annotated]>): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeWhole(file, JSON.stringify({ key, entries }))
}
