import { describe, expect, it } from 'vitest'
import { criteriaOf, renderA11yResults, type A11yReport } from '../../src/lib/a11y-results.ts'

const report: A11yReport = {
  date: '2026-04-01T03:00:00Z',
  axeVersion: '4.14.1',
  pages: ['', 'goals/g1/', 'en/'],
  rules: [
    { id: 'image-alt', tags: ['cat.text-alternatives', 'wcag2a', 'wcag111', 'section508'] },
    { id: 'color-contrast', tags: ['cat.color', 'wcag2aa', 'wcag143'] },
    { id: 'target-size', tags: ['wcag22aa', 'wcag258'] },
    { id: 'region', tags: ['cat.keyboard', 'best-practice'] },
    { id: 'link-name', tags: ['wcag2a', 'wcag244', 'wcag412'] },
  ],
  violations: [{ page: 'goals/g1/', rule: 'color-contrast', help: 'Elements must meet minimum color contrast ratio thresholds', targets: ['["p"]'] }],
}

describe('accessibility results (試験結果)', () => {
  it('maps axe rules to success criteria in numeric order with their level and violations', () => {
    expect(criteriaOf(report).map((c) => [c.sc, c.level, c.violations])).toEqual([
      ['1.1.1', 'A', 0],
      ['1.4.3', 'AA', 1],
      ['2.4.4', 'A', 0],
      ['2.5.8', 'AA', 0],
      ['4.1.2', 'A', 0],
    ])
  })

  it('renders standard, date in 和暦, tool, every page and the result per criterion', () => {
    const html = renderA11yResults(report, 'ja', '/keikaku/')
    expect(html).toContain('JIS X 8341-3:2016')
    expect(html).toContain('令和8年4月1日（2026年4月1日）')
    expect(html).toContain('axe-core 4.14.1')
    expect(html).toContain('全3ページ')
    expect(html).toContain('<th scope="row">1.4.3</th><td>AA</td><td>問題あり（1件）</td>')
    expect(html).toContain('<a href="/keikaku/goals/g1/">goals/g1/</a>')
    expect(html).toContain('ベストプラクティスのルール（ランドマーク、見出しの順序など）1件')
    expect(renderA11yResults(report, 'en', '/')).toContain('1 problems were found.')
  })
})
