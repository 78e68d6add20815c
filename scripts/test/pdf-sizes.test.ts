import { linkSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fillPdfSizes } from '../lib/deploy/print.ts'

const PDF = 'plans/p/p-gaiyou.pdf'
const link = (text: string) => `<a href="/${PDF}">概要版</a><span data-pdf-size="${PDF}" data-pagefind-ignore>${text}</span>`

describe('PDF sizes in the pages that link them', () => {
  it('fills in a size, corrects it for a PDF printed later, and writes a new file instead of through a hard link', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'keikaku-pdf-sizes-'))
    mkdirSync(path.join(dir, 'plans/p'), { recursive: true })
    writeFileSync(path.join(dir, 'plans/p/index.html'), `<html lang="ja"><body>${link('（PDF）')}</body></html>`)
    writeFileSync(path.join(dir, 'index.html'), '<html lang="ja"><body>no PDF here</body></html>')

    expect(fillPdfSizes(dir, new Map([[PDF, 2048]]))).toEqual(['plans/p/index.html'])
    expect(readFileSync(path.join(dir, 'plans/p/index.html'), 'utf8')).toContain(link('（PDF、2 KB）'))

    // The build that went live shares the page (a hard link); the PDF printed after the switch is larger.
    const live = path.join(mkdtempSync(path.join(tmpdir(), 'keikaku-pdf-sizes-live-')), 'index.html')
    linkSync(path.join(dir, 'plans/p/index.html'), live)
    expect(fillPdfSizes(dir, new Map([[PDF, 3 * 1024 ** 2]]), ['plans/p/index.html'])).toEqual(['plans/p/index.html'])
    expect(readFileSync(path.join(dir, 'plans/p/index.html'), 'utf8')).toContain(link('（PDF、3.0 MB）'))
    expect(readFileSync(live, 'utf8')).toContain(link('（PDF、2 KB）'))
    expect(statSync(live).ino).not.toBe(statSync(path.join(dir, 'plans/p/index.html')).ino)
    // The same size again changes nothing.
    expect(fillPdfSizes(dir, new Map([[PDF, 3 * 1024 ** 2]]))).toEqual([])
  })
})
