import { describe, expect, it } from 'vitest'
import { auditKey } from '../lib/deploy/a11y.ts'

const key = (html: string) => auditKey(Buffer.from(html)).toString()
const same = (a: string, b: string) => expect(key(a)).toBe(key(b))
const differ = (a: string, b: string) => expect(key(a)).not.toBe(key(b))

describe('auditKey (what an accessibility result is cached by)', () => {
  it('folds the figures of text, charts, dates and the page description', () => {
    same('<p>410人（82%）</p>', '<p>1,411人（82.2%）</p>')
    same('<svg aria-label="推移 3"><path d="M0 10L5 20"/></svg>', '<svg aria-label="推移 48"><path d="M0 1.5L5 200"/></svg>')
    same('<time datetime="2026-04-01">4月</time>', '<time datetime="2027-11-30">11月</time>')
    same('<meta name="description" content="最新の実績: 410人">', '<meta name="description" content="最新の実績: 411人">')
    // A quoted `>` does not end the tag.
    same('<img alt="実績 > 1" src="a.png"><p>1</p>', '<img alt="実績 > 2" src="a.png"><p>2</p>')
  })

  it('keeps what axe judges: words, classes, styles, ids, links, the viewport and a refresh', () => {
    differ('<p>達成</p>', '<p>未達成</p>')
    differ('<span class="rating-1">a</span>', '<span class="rating-2">a</span>')
    differ('<style>p { color: #777 }</style>', '<style>p { color: #000 }</style>')
    differ('<p style="font-size: 10px">a</p>', '<p style="font-size: 20px">a</p>')
    differ('<h2 id="s1">a</h2>', '<h2 id="s2">a</h2>')
    differ('<a href="/kpis/2/">a</a>', '<a href="/kpis/3/">a</a>')
    differ('<meta name="viewport" content="maximum-scale=1">', '<meta name="viewport" content="maximum-scale=5">')
    differ('<meta http-equiv="refresh" content="0; url=/a/">', '<meta http-equiv="refresh" content="5; url=/a/">')
    differ('<img alt="実績 > 1" src="a1.png">', '<img alt="実績 > 1" src="a2.png">')
    differ('<script>const max = 1</script><p>a</p>', '<script>const max = 2</script><p>a</p>')
    differ('<STYLE media="print">p { margin: 1mm }</STYLE>', '<STYLE media="print">p { margin: 2mm }</STYLE>')
  })
})
