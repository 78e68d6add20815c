import { describe, expect, it } from 'vitest'
import { addRubyToHtml } from '../../src/lib/ruby-html.ts'
import { createAnnotator, linderaAnalyser } from '../../src/lib/analyser.ts'
import { alignReading, annotate, rubyHtml, toHiragana, type Analyse } from '../../src/lib/ruby.ts'

const analyse = linderaAnalyser()
const ruby = (text: string, readings = [{ surface: '一関', reading: 'いちのせき' }]) => rubyHtml(annotate(text, analyse, readings).segments)
const rt = (base: string, reading: string) => `<ruby>${base}<rp>(</rp><rt>${reading}</rt><rp>)</rp></ruby>`

describe('ruby', () => {
  it('puts the reading over the kanji only, leaving okurigana bare', () => {
    expect(ruby('育てる')).toBe(`${rt('育', 'そだ')}てる`)
    expect(alignReading('取り組み', 'トリクミ')).toEqual([
      { text: '取', reading: 'と' },
      { text: 'り', reading: null },
      { text: '組', reading: 'く' },
      { text: 'み', reading: null },
    ])
    expect(ruby('子育て支援')).toBe(`${rt('子育', 'こそだ')}て${rt('支援', 'しえん')}`)
  })

  it('gives kana-only words, numbers and Latin letters no ruby', () => {
    expect(ruby('みんなで いっしょに')).toBe('みんなで いっしょに')
    expect(ruby('ILC 2025')).toBe('ILC 2025')
  })

  it('lets the city dictionary win over the analyser', () => {
    // IPADIC reads 一関 as いちぜき.
    expect(ruby('一関')).toBe(rt('一関', 'いちのせき'))
    expect(ruby('一関市', [])).toBe(`${rt('一関', 'いちぜき')}${rt('市', 'し')}`)
    expect(
      ruby('千厩と花泉', [
        { surface: '千厩', reading: 'せんまや' },
        { surface: '花泉', reading: 'はないずみ' },
      ]),
    ).toBe(`${rt('千厩', 'せんまや')}と${rt('花泉', 'はないずみ')}`)
    // The longest entry wins where entries overlap.
    expect(
      ruby('一関市', [
        { surface: '一関', reading: 'いちのせき' },
        { surface: '一関市', reading: 'いちのせきし' },
      ]),
    ).toBe(rt('一関市', 'いちのせきし'))
  })

  it('reads era names and counters after numbers as dates are read', () => {
    expect(ruby('令和元年度')).toBe(`${rt('令和', 'れいわ')}${rt('元年', 'がんねん')}${rt('度', 'ど')}`)
    expect(ruby('2026年4月1日')).toBe(`2026${rt('年', 'ねん')}4${rt('月', 'がつ')}1${rt('日', 'にち')}`)
    expect(ruby('月曜日')).not.toContain('がつ')
  })

  it('keeps every character of the input, spaces and entities included', () => {
    const text = ' A &amp; B\n  子育て　支援 '
    const { segments } = annotate(text, analyse)
    expect(segments.map((s) => s.text).join('')).toBe(text)
  })

  it('collects whole-word readings for the search index', () => {
    expect(annotate('子育て支援の一関', analyse, [{ surface: '一関', reading: 'いちのせき' }]).words).toEqual(['こそだて', 'しえん', 'いちのせき'])
    expect(toHiragana('コソダテ')).toBe('こそだて')
  })
})

describe('ruby in built pages', () => {
  const fake: Analyse = (text) => (text === '子育て' ? [{ surface: '子育て', reading: 'コソダテ' }] : [{ surface: text, reading: null }])
  const annotator = createAnnotator(fake, []).annotate

  it('annotates body text but not attributes, titles, scripts or SVG, and reads words in <main> only', () => {
    const html =
      '<html><head><title>子育て</title></head><body><nav>子育て</nav><main data-pagefind-body><p title="子育て">子育て</p>' +
      '<svg><text>子育て</text></svg><script>"子育て"</script><ruby>子育て<rt>x</rt></ruby></main></body></html>'
    const { html: out, words } = addRubyToHtml(html, annotator)
    expect(out).toBe(
      `<html><head><title>子育て</title></head><body><nav>${rt('子育', 'こそだ')}て</nav><main data-pagefind-body><p title="子育て">${rt('子育', 'こそだ')}て</p>` +
        '<svg><text>子育て</text></svg><script>"子育て"</script><ruby>子育て<rt>x</rt></ruby></main></body></html>',
    )
    expect(words).toEqual(['こそだて'])
  })

  it('gives the index no readings of text it leaves out (data-pagefind-ignore), nested elements included', () => {
    const html =
      '<html><body><main data-pagefind-body><p>子育て</p><p class="updated" data-pagefind-ignore>最終<span>更新</span><br>日</p>' +
      '<div data-pagefind-ignore="all"><div>最終</div>更新</div><p>支援</p></main></body></html>'
    const known: Record<string, string> = { 子育て: 'コソダテ', 最終: 'サイシュウ', 更新: 'コウシン', 日: 'ビ', 支援: 'シエン' }
    const analyser: Analyse = (text) => [{ surface: text, reading: known[text] ?? null }]
    const { html: out, words } = addRubyToHtml(html, createAnnotator(analyser, []).annotate)
    expect(words).toEqual(['こそだて', 'しえん'])
    expect(out).toContain(rt('最終', 'さいしゅう')) // furigana are still added there
  })
})
