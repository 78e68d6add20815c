import { describe, expect, it } from 'vitest'
import { indexedDocument } from '../../src/lib/search-document.ts'

const page = (main: string, lang = 'ja') =>
  `<!doctype html><html lang="${lang}"><head><title>子育て | 一関市</title></head><body><header><nav>ホーム 計画 会議</nav></header>${main}<footer>お問い合わせ</footer></body></html>`

describe('indexedDocument', () => {
  it('sends only the searchable body, in the page language, NFKC-folded, with the readings as hidden terms', () => {
    const doc = indexedDocument(page('<main id="main" tabindex="-1" data-pagefind-body><h1>子育て支援</h1><p>ＩＬＣ</p></main>'), [
      'こそだて',
      'しえん',
      'こそだて',
    ])!
    expect(doc).toMatch(/^<!doctype html><html lang="ja">/)
    expect(doc).toContain(
      '<main id="main" tabindex="-1" data-pagefind-body><h1>子育て支援</h1><p>ILC</p><div hidden data-pagefind-weight="2">こそだて しえん</div></main>',
    )
    expect(doc).not.toMatch(/ホーム|お問い合わせ|一関市/)
  })

  it('keeps the English language so that the English index gets the page', () => {
    expect(indexedDocument(page('<main data-pagefind-body><h1>Tourism</h1></main>', 'en'), [])).toMatch(
      /^<!doctype html><html lang="en">.*<h1>Tourism<\/h1><\/main>/,
    )
  })

  it('leaves out the elements marked data-pagefind-ignore, with what they hold, and keeps the text after them', () => {
    const doc = indexedDocument(
      page(
        '<main data-pagefind-body><h1><span class="kind-label" data-pagefind-ignore>指標</span><span data-pagefind-meta="title">待機児童数</span></h1>' +
          '<div data-pagefind-ignore><div><p>一覧</p></div><ul><li>観光</li></ul></div><p>本文</p><br><p data-pagefind-ignore="all">更新日</p><p>結び</p></main>',
      ),
      [],
    )!
    expect(doc).toContain('<main data-pagefind-body><h1><span data-pagefind-meta="title">待機児童数</span></h1><p>本文</p><br><p>結び</p></main>')
  })

  it('leaves out pages without a searchable body (lists, navigation)', () => {
    expect(indexedDocument(page('<main id="main"><h1>指標一覧</h1></main>'), ['しひょう'])).toBeNull()
  })
})
