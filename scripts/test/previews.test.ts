import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { prunePreviews } from '../lib/deploy/previews.ts'

it('keeps the newest previews by time and removes the rest, whatever their names', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'keikaku-previews-'))
  // Names that sort the other way round from their age: pruning must go by time.
  const tokens = ['d', 'c', 'b', 'a']
  tokens.forEach((token, i) => {
    mkdirSync(path.join(dir, token))
    writeFileSync(path.join(dir, token, 'index.html'), token)
    const time = new Date(Date.UTC(2026, 0, i + 1))
    utimesSync(path.join(dir, token), time, time)
  })
  expect(prunePreviews(dir, 2).sort()).toEqual(['c', 'd'])
  expect(readdirSync(dir).sort()).toEqual(['a', 'b'])
  expect(prunePreviews(dir, 2)).toEqual([])
})
