import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { pageFile } from '../../src/integrations/pagefind.ts'

// A rendered page's furigana and search document are filed under the name that `astro:build:done` gives the page
// (`path.join(pathname, 'index.html')`); the build stops if the two disagree, so they must agree for every base.
describe('the file of a rendered page', () => {
  it.each([
    ['/', 'http://localhost:4321/', ''],
    ['/', 'http://localhost:4321/goals/goal-1/', 'goals/goal-1/'],
    ['/', 'http://localhost:4321/en/', 'en/'],
    ['/keikaku/', 'https://www.city.example.jp/keikaku/', ''],
    ['/keikaku/', 'https://www.city.example.jp/keikaku/en/kpis/taiki-jido/', 'en/kpis/taiki-jido/'],
    ['/keikaku/', 'https://www.city.example.jp/keikaku/easy/plans/sogo-keikaku/', 'easy/plans/sogo-keikaku/'],
  ])('under %s: %s', (base, url, pathname) => {
    expect(pageFile(new URL(url), base)).toBe(path.join(pathname, 'index.html'))
  })
})
