import { describe, expect, it } from 'vitest'
import { markHtml } from '../lib/previewBanner.ts'

describe('preview pages', () => {
  it('carry a banner in the page language and noindex', () => {
    const ja = markHtml('<!doctype html><html lang="ja"><head><title>t</title></head><body class="x"><main>本文</main></body></html>')
    expect(ja).toContain('<head><meta name="robots" content="noindex,nofollow">')
    expect(ja).toMatch(/<body class="x"><p role="alert" data-preview-banner [^>]*>下書きのプレビュー（公開されていません）<\/p><main>/)
    expect(markHtml('<html lang="en"><head></head><body></body></html>')).toContain('>Draft preview (not published)</p>')
  })
})
