import { verificationYears } from '@keikaku/content-schemas'
import { readSnapshot } from '@keikaku/content-schemas/io'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { ENTITY_KINDS } from '../../src/lib/links.ts'
import { pageRefs } from '@keikaku/scripts/lib/html-refs'
import { crawl, type CrawlResult } from '@keikaku/test-support/crawl'

const siteUrl = inject('siteUrl')
let result: CrawlResult

beforeAll(async () => {
  result = await crawl(siteUrl)
})

describe('site crawl from the home page', () => {
  it('reaches the page of every published record, in Japanese and English', () => {
    const snapshot = readSnapshot(inject('snapshotDir'))
    const expected = ENTITY_KINDS.flatMap((kind) => snapshot[kind].flatMap((r) => [`${siteUrl}${kind}/${r.key}/`, `${siteUrl}en/${kind}/${r.key}/`]))
    expect(expected.filter((url) => result.statuses.get(url) !== 200)).toEqual([])
    expect(expected.length).toBeGreaterThan(100)
  })

  it('reaches every plan’s progress page and every yearly verification report, in both languages', () => {
    const snapshot = readSnapshot(inject('snapshotDir'))
    const kpis = snapshot.kpis
    const paths = snapshot.plans.flatMap((p) => [
      `plans/${p.key}/progress/`,
      ...verificationYears(p.key, kpis).map((fy) => `plans/${p.key}/verification/${fy}/`),
    ])
    expect(paths.length).toBeGreaterThan(snapshot.plans.length)
    const expected = paths.flatMap((p) => [`${siteUrl}${p}`, `${siteUrl}en/${p}`])
    expect(expected.filter((url) => result.statuses.get(url) !== 200)).toEqual([])
  })

  it('reaches every meeting document, KPI download, the feed and the accessibility policy', () => {
    const snapshot = readSnapshot(inject('snapshotDir'))
    const expected = [
      ...snapshot.media.filter((m) => m.kind === 'document').map((m) => `${siteUrl}media/files/${m.path}`),
      ...snapshot.kpis.flatMap((k) => [`${siteUrl}data/kpis/${k.key}.csv`, `${siteUrl}data/kpis/${k.key}.json`]),
      `${siteUrl}data/kpis.csv`,
      `${siteUrl}data/kpis.json`,
      `${siteUrl}data/progress.csv`,
      `${siteUrl}data/progress.json`,
      `${siteUrl}data/verifications.csv`,
      `${siteUrl}data/verifications.json`,
      `${siteUrl}feed.xml`,
      `${siteUrl}en/feed.xml`,
      `${siteUrl}accessibility/`,
      `${siteUrl}en/accessibility/`,
    ]
    expect(expected.filter((url) => result.statuses.get(url) !== 200)).toEqual([])
  })

  it('has no broken internal links, stylesheets, scripts or images', () => {
    const broken = [...result.statuses]
      .filter(([, status]) => status !== 200)
      .map(([url, status]) => `${status} ${url} ← ${[...(result.linkedFrom.get(url) ?? [])].slice(0, 3).join(', ')}`)
    expect(broken).toEqual([])
    // Links that leave the base path would be broken on a host serving the site under a sub-directory.
    expect([...result.statuses.keys()].filter((url) => !url.startsWith(siteUrl))).toEqual([])
  })

  it('serves the sitemap, and the 404 page (whose links all work) for unknown URLs', async () => {
    expect((await fetch(`${siteUrl}sitemap.xml`)).status).toBe(200)
    const missing = await fetch(`${siteUrl}goals/no-such-goal/`)
    expect(missing.status).toBe(404)
    const pageUrl = `${siteUrl}goals/no-such-goal/`
    const { refs } = pageRefs(await missing.text(), pageUrl)
    // Fragment links (the skip link) point into the page itself.
    const internal = refs.map((r) => r.split('#')[0]).filter((r) => r.startsWith(siteUrl) && r !== pageUrl)
    expect(internal.length).toBeGreaterThan(5)
    const statuses = await Promise.all(internal.map(async (url) => `${(await fetch(url)).status} ${url}`))
    expect(statuses.filter((s) => !s.startsWith('200'))).toEqual([])
  })
})
