/**
 * The accessibility test results page (試験結果), as JIS X 8341-3:2016 reporting expects: standard, target level,
 * date, tool, every page tested, and the result per success criterion checked automatically. The page is built
 * with a placeholder; the publish step audits every page of the build and writes the report into it.
 */
import { formatDate } from './format.ts'
import type { Locale } from './i18n.ts'
import { escapeXml } from './svg.ts'

export const A11Y_RESULTS_PLACEHOLDER = '<!--keikaku:a11y-results-->'
/** axe-core tags run at publish: WCAG 2.0–2.2 levels A and AA, and axe's best practices (landmarks, headings). */
export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const

export interface A11yReport {
  date: string
  axeVersion: string
  /** Page paths without base, e.g. `plans/sogo-keikaku/`. */
  pages: string[]
  rules: { id: string; tags: string[] }[]
  violations: { page: string; rule: string; help: string; targets: string[] }[]
}

export interface Criterion {
  sc: string
  level: 'A' | 'AA'
  rules: string[]
  violations: number
}

/** Success criteria covered by the rules run, in numeric order, with the violations found for each. */
export function criteriaOf(report: A11yReport): Criterion[] {
  const byId = new Map<string, Criterion>()
  for (const rule of report.rules) {
    const level = rule.tags.some((t) => t === 'wcag2a' || t === 'wcag21a' || t === 'wcag22a') ? 'A' : 'AA'
    for (const tag of rule.tags) {
      const m = /^wcag(\d)(\d)(\d+)$/.exec(tag)
      if (!m) continue
      const sc = `${m[1]}.${m[2]}.${m[3]}`
      const c = byId.get(sc) ?? { sc, level, rules: [], violations: 0 }
      c.rules.push(rule.id)
      c.violations += report.violations.filter((v) => v.rule === rule.id).length
      byId.set(sc, c)
    }
  }
  const order = (sc: string) => sc.split('.').reduce((n, part) => n * 100 + Number(part), 0)
  return [...byId.values()].sort((a, b) => order(a.sc) - order(b.sc))
}

const TEXT = {
  ja: {
    summary: '試験の概要',
    standard: '規格',
    standardValue: 'JIS X 8341-3:2016',
    target: '目標とする適合レベル',
    targetValue: 'AA',
    date: '試験日',
    tool: '試験方法',
    toolValue: (v: string) => `axe-core ${v} による自動試験（公開のたびに全ページをChromiumで検査）`,
    scope: '対象ページ',
    scopeValue: (n: number) => `このサイトの全${n.toLocaleString('ja-JP')}ページ（日本語版と英語版）`,
    result: '結果',
    pass: '自動試験で検出された問題はありません。',
    fail: (n: number) => `${n}件の問題が検出されました。`,
    note: '自動試験で確認できるのは達成基準の一部です。表にない達成基準と、表の達成基準のうち自動では判定できない点は、人による確認が必要です。',
    criteria: '自動試験で確認した達成基準',
    caption: '達成基準ごとの自動試験の結果',
    sc: '達成基準',
    level: '適合レベル',
    rules: '試験したルール',
    ok: '問題なし',
    ng: (n: number) => `問題あり（${n}件）`,
    bestPractice: (n: number) => `このほか、WCAGの達成基準に対応しないベストプラクティスのルール（ランドマーク、見出しの順序など）${n}件も試験しています。`,
    problems: '検出された問題',
    pagesTested: '試験したページの一覧',
    home: '（ホーム）',
  },
  en: {
    summary: 'Summary',
    standard: 'Standard',
    standardValue: 'JIS X 8341-3:2016 (equivalent to WCAG 2.0; WCAG 2.2 rules also run)',
    target: 'Target conformance level',
    targetValue: 'AA',
    date: 'Date of testing',
    tool: 'Method',
    toolValue: (v: string) => `Automated testing with axe-core ${v} (every page, in Chromium, at every publish)`,
    scope: 'Pages tested',
    scopeValue: (n: number) => `All ${n.toLocaleString('en-US')} pages of this site (Japanese and English)`,
    result: 'Result',
    pass: 'The automated tests found no problems.',
    fail: (n: number) => `${n} problems were found.`,
    note: 'Automated tests check only part of the success criteria. Criteria not listed, and aspects of listed criteria that tools cannot judge, need checking by people.',
    criteria: 'Success criteria checked automatically',
    caption: 'Automated test results per success criterion',
    sc: 'Success criterion',
    level: 'Level',
    rules: 'Rules run',
    ok: 'No problems',
    ng: (n: number) => `Problems (${n})`,
    bestPractice: (n: number) => `In addition, ${n} best-practice rules that map to no WCAG criterion (landmarks, heading order and others) are run.`,
    problems: 'Problems found',
    pagesTested: 'List of pages tested',
    home: '(home)',
  },
}

/** The report as HTML for the results page (inside its <main>). */
export function renderA11yResults(report: A11yReport, locale: Locale, base: string): string {
  const t = TEXT[locale]
  const criteria = criteriaOf(report)
  const bestPractices = report.rules.filter((r) => !r.tags.some((tag) => /^wcag\d{3,}$/.test(tag))).length
  const row = (c: Criterion) =>
    `<tr><th scope="row">${c.sc}</th><td>${c.level}</td><td>${c.violations === 0 ? t.ok : t.ng(c.violations)}</td><td>${c.rules.map((r) => `<code>${escapeXml(r)}</code>`).join(' ')}</td></tr>`
  const problems = report.violations.length
    ? `<h2 id="problems">${t.problems}</h2><ul>${report.violations.map((v) => `<li><a href="${escapeXml(base + v.page)}">${escapeXml(v.page || '/')}</a>: <code>${escapeXml(v.rule)}</code> ${escapeXml(v.help)}</li>`).join('')}</ul>`
    : ''
  return (
    `<h2 id="summary">${t.summary}</h2><dl>` +
    `<dt>${t.standard}</dt><dd>${t.standardValue}</dd>` +
    `<dt>${t.target}</dt><dd>${t.targetValue}</dd>` +
    `<dt>${t.date}</dt><dd><time datetime="${escapeXml(report.date)}">${formatDate(report.date, locale)}</time></dd>` +
    `<dt>${t.tool}</dt><dd>${escapeXml(t.toolValue(report.axeVersion))}</dd>` +
    `<dt>${t.scope}</dt><dd>${t.scopeValue(report.pages.length)}</dd>` +
    `<dt>${t.result}</dt><dd>${report.violations.length === 0 ? t.pass : t.fail(report.violations.length)}</dd></dl>` +
    `<p>${t.note}</p>` +
    `<h2 id="criteria">${t.criteria}</h2>` +
    `<div class="table-wrap" tabindex="0" role="region" aria-labelledby="criteria-caption"><table><caption id="criteria-caption">${t.caption}</caption>` +
    `<thead><tr><th scope="col">${t.sc}</th><th scope="col">${t.level}</th><th scope="col">${t.result}</th><th scope="col">${t.rules}</th></tr></thead>` +
    `<tbody>${criteria.map(row).join('')}</tbody></table></div>` +
    `<p>${t.bestPractice(bestPractices)}</p>` +
    problems +
    `<h2 id="pages">${t.pagesTested}</h2>` +
    `<details><summary>${t.scopeValue(report.pages.length)}</summary><ul class="tested-pages">${report.pages.map((p) => `<li><a href="${escapeXml(base + p)}">${escapeXml(p || t.home)}</a></li>`).join('')}</ul></details>`
  )
}
