import { describe, expect, it } from 'vitest'
import { describeContent } from '../../src/lib/describe.ts'

describe('describeContent (meta description from the page)', () => {
  it('takes the text after the heading, without hidden parts, navigation or chart markup', () => {
    const html =
      '<span hidden data-x="y">隠し</span><h1>一関市総合計画</h1><nav><a>目次</a></nav><svg><text>500</text></svg><h2>見出し</h2><p><span class="badge badge-sample">サンプル</span>まちづくりの将来像を&amp;明らかにする。</p><ul class="print-links"><li>PDF</li></ul><p>次の段落。</p>'
    expect(describeContent(html, 'x')).toBe('まちづくりの将来像を&明らかにする。 次の段落。')
  })
  it('cuts long text at a sentence end, or with an ellipsis', () => {
    const long = `<p>${'あ'.repeat(80)}。${'い'.repeat(80)}。</p>`
    expect(describeContent(long, 'x')).toBe(`${'あ'.repeat(80)}。`)
    expect(describeContent(`<p>${'う'.repeat(300)}</p>`, 'x', 50)).toBe(`${'う'.repeat(49)}…`)
  })
  it('falls back to the site title on a page without text', () => {
    expect(describeContent('<h1>だけ</h1>', '一関市総合計画')).toBe('一関市総合計画')
  })
})
