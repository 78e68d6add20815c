import { describe, expect, it } from 'vitest'
import { normalizeIndexedHtml, normalizeQuery } from '../../src/lib/search-query.ts'

describe('normalizeQuery', () => {
  it.each([
    ['２０１９', '2019'],
    ['ＩＬＣ', 'ILC'],
    ['ﾘﾆｱｺﾗｲﾀﾞｰ', 'リニアコライダー'],
    ['　子育て　　待機児童 ', '子育て 待機児童'],
    ['令和元年度', '令和元年度'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeQuery(input)).toBe(expected)
  })

  it('never adds quotes (Pagefind phrase search misses some compounds)', () => {
    expect(normalizeQuery('子育て支援')).toBe('子育て支援')
  })
})

describe('normalizeIndexedHtml', () => {
  it('folds text like queries and leaves ASCII markup alone', () => {
    const html = '<p class="x" data-pagefind-filter="kind:目標">資料№１－２　ＩＬＣ</p>'
    expect(normalizeIndexedHtml(html)).toBe('<p class="x" data-pagefind-filter="kind:目標">資料No1-2 ILC</p>')
  })
})
