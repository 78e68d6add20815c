import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { readSnapshot } from '@keikaku/content-schemas/io'
import { afterBuild } from '@keikaku/scripts/lib/deploy/after-build'
import { auditBuild } from '@keikaku/scripts/lib/deploy/a11y'
import { serveBuild } from '@keikaku/scripts/lib/deploy/serve-build'
import { LazyBrowser } from '@keikaku/scripts/lib/chromium'
import { A11Y_RESULTS_PLACEHOLDER } from '../../src/lib/a11y-results.ts'

/** Issue 9.5: the publish step's accessibility audit runs on every page and fails on a violation. */
const work = mkdtempSync(path.join(tmpdir(), 'keikaku-audit-'))
const settings = readSnapshot(inject('snapshotDir')).settings
afterAll(() => rmSync(work, { recursive: true, force: true }))

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title></head><body><main><h1>t</h1>${body}</main></body></html>`
function site(dir: string, pages: Record<string, string>) {
  for (const [p, html] of Object.entries(pages)) {
    mkdirSync(path.join(dir, p), { recursive: true })
    writeFileSync(path.join(dir, p, 'index.html'), html)
  }
  return dir
}

describe('accessibility audit at publish', () => {
  it('audits every page and writes the results page, listing pages, criteria and date', async () => {
    const dir = site(path.join(work, 'good'), {
      '': page('ja', '<p>ホーム</p>'),
      'a/b': page('ja', '<p>ページ</p>'),
      'accessibility/results': page('ja', A11Y_RESULTS_PLACEHOLDER),
      'en/accessibility/results': page('en', A11Y_RESULTS_PLACEHOLDER),
    })
    const result = await afterBuild(dir, '/', { plans: [], settings })
    expect(result.a11y.pages.sort()).toEqual(['', 'a/b/', 'accessibility/results/', 'en/accessibility/results/'])
    const ja = readFileSync(path.join(dir, 'accessibility/results/index.html'), 'utf8')
    expect(ja).not.toContain(A11Y_RESULTS_PLACEHOLDER)
    expect(ja).toContain('JIS X 8341-3:2016')
    expect(ja).toContain('全4ページ')
    expect(ja).toContain('<th scope="row">1.1.1</th><td>A</td><td>問題なし</td>')
    expect(ja).toContain('<a href="/a/b/">a/b/</a>')
    expect(ja).toMatch(/<time datetime="[^"]+">令和\d+年\d+月\d+日/)
    expect(readFileSync(path.join(dir, 'en/accessibility/results/index.html'), 'utf8')).toContain('Success criteria checked automatically')
  })

  it('fails on a new violation, naming page and rule (best practices included)', async () => {
    const dir = site(path.join(work, 'bad'), {
      '': page('ja', '<p>ホーム</p>'),
      bad: page('ja', '<img src="data:,">'),
      outside: `<!doctype html><html lang="ja"><head><title>t</title></head><body><p>ランドマークの外</p><main><h1>t</h1></main></body></html>`,
    })
    const error = await afterBuild(dir, '/', { plans: [], settings }).catch((e: Error) => e)
    expect(String(error)).toMatch(/failed its accessibility audit/)
    expect(String(error)).toMatch(/bad\/: image-alt/)
    expect(String(error)).toMatch(/outside\/: region/)
  })

  it('audits a page it has seen (same bytes, same styles and scripts) from its cache, and a changed one again', async () => {
    const dir = site(path.join(work, 'cached'), { '': page('ja', '<p>ホーム</p>'), bad: page('ja', '<img src="data:,">') })
    const cacheDir = path.join(work, 'a11y-cache')
    // Nothing listens here: an audit that has to open a page fails.
    const nowhere = 'http://127.0.0.1:9/'
    const browser = new LazyBrowser()
    try {
      const server = await serveBuild(dir, '/')
      const first = await auditBuild(browser, server.url, dir, { cacheDir })
      await server.close()
      expect(first.violations.map((v) => `${v.page} ${v.rule}`)).toEqual(['bad/ image-alt'])

      // Every page from the cache: no browser is started.
      const idle = new LazyBrowser()
      const again = await auditBuild(idle, nowhere, dir, { cacheDir })
      expect(again.violations).toEqual(first.violations)
      expect(again.rules.length).toBeGreaterThan(50)
      expect(again.rules).toEqual(first.rules)
      expect(idle.used).toBe(false)

      writeFileSync(path.join(dir, 'bad', 'index.html'), page('ja', '<img src="data:," alt="">'))
      await expect(auditBuild(browser, nowhere, dir, { cacheDir })).rejects.toThrow()
      writeFileSync(path.join(dir, 'bad', 'index.html'), page('ja', '<img src="data:,">'))
      expect((await auditBuild(browser, nowhere, dir, { cacheDir })).violations).toEqual(first.violations)
      // Only figures changed (text, a chart's geometry, a date): the result is the cached one. A class or a word
      // that changes is audited again.
      const figures = (n: number, cls: string, word: string) =>
        page(
          'ja',
          `<p class="${cls}">実績値 ${n}.${n}%（${word}）</p><svg role="img" aria-label="推移 ${n}"><path d="M0 ${n}L10 ${n * 2}"/></svg>` +
            `<time datetime="2026-0${n % 9}-01">${n}月</time><img src="data:,">`,
        )
      writeFileSync(path.join(dir, 'bad', 'index.html'), figures(3, 'good', '達成'))
      const served = await serveBuild(dir, '/')
      expect((await auditBuild(browser, served.url, dir, { cacheDir })).violations.map((v) => v.rule)).toEqual(['image-alt'])
      await served.close()
      writeFileSync(path.join(dir, 'bad', 'index.html'), figures(48, 'good', '達成'))
      expect((await auditBuild(browser, nowhere, dir, { cacheDir })).violations.map((v) => v.rule)).toEqual(['image-alt'])
      writeFileSync(path.join(dir, 'bad', 'index.html'), figures(48, 'poor', '達成'))
      await expect(auditBuild(browser, nowhere, dir, { cacheDir })).rejects.toThrow()
      writeFileSync(path.join(dir, 'bad', 'index.html'), figures(48, 'good', '未達成'))
      await expect(auditBuild(browser, nowhere, dir, { cacheDir })).rejects.toThrow()
      writeFileSync(path.join(dir, 'bad', 'index.html'), page('ja', '<img src="data:,">'))
      // A stylesheet of the build changed: every page is audited again.
      writeFileSync(path.join(dir, 'site.css'), 'p { color: #777 }')
      await expect(auditBuild(browser, nowhere, dir, { cacheDir })).rejects.toThrow()
    } finally {
      await browser.close()
    }
  })
})
