import { parse } from 'csv-parse/sync'
import { readSnapshot } from '@keikaku/content-schemas/io'
import type { Snapshot } from '@keikaku/content-schemas'
import { DomUtils, parseDocument } from 'htmlparser2'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { withoutRuby } from '@keikaku/test-support/ruby'

const siteUrl = inject('siteUrl')
const basePath = inject('basePath')
type Element = ReturnType<typeof DomUtils.findAll>[number]
let snapshot: Snapshot

beforeAll(() => {
  snapshot = readSnapshot(inject('snapshotDir'))
})

async function page(path: string) {
  const response = await fetch(`${siteUrl}${path}`)
  expect(response.status, path).toBe(200)
  return parseDocument(withoutRuby(await response.text()))
}
const all = (root: Parameters<typeof DomUtils.findAll>[1], test: (e: Element) => boolean) => DomUtils.findAll(test, root)
const text = (e: Element) => DomUtils.textContent(e).replace(/\s+/g, ' ').trim()
const byTag = (name: string, root: Parameters<typeof DomUtils.findAll>[1] | Element) => all(Array.isArray(root) ? root : [root], (e) => e.name === name)

describe('策定組織の役割: the seed’s two role tables, from the bodies’ data', () => {
  const tables = [
    { title: '総合計画審議会とまち・ひと・しごと創生有識者会議の役割', bodies: ['sogo-keikaku-shingikai', 'yushikisha-kaigi'] },
    { title: 'まちづくりスタッフ会議とまち・ひと・しごとを語る会の役割', bodies: ['machizukuri-staff-kaigi', 'machi-hito-shigoto-wo-kataru-kai'] },
  ]

  it('shows both tables with the city’s words, each body linked to its page', async () => {
    const doc = await page('pages/sakutei-soshiki/')
    const shown = byTag('table', doc.children)
    expect(shown.map((t) => text(byTag('caption', t)[0]!))).toEqual(tables.map((t) => t.title))
    shown.forEach((table, i) => {
      const heads = byTag('th', byTag('thead', table)).slice(1)
      expect(heads.map((th) => byTag('a', th)[0]?.attribs.href)).toEqual(tables[i]!.bodies.map((k) => `${basePath}bodies/${k}/`))
      const rows = byTag('tr', byTag('tbody', table))
      expect(rows.map((r) => text(byTag('th', r)[0]!))).toEqual(['趣旨', '構成員', '内容'])
      tables[i]!.bodies.forEach((key, col) => {
        const body = snapshot.bodies.find((b) => b.key === key)!
        const cells = rows.map((r) => text(byTag('td', r)[col]!))
        expect(cells[0]).toBe(body.purpose.ja)
        expect(cells[1]).toBe(body.composition.ja)
        for (const duty of body.duties) expect(cells[2]).toContain(duty.ja)
      })
    })
  })

  it('has them on the English page too, linking the English body pages', async () => {
    const doc = await page('en/pages/sakutei-soshiki/')
    const links = byTag('table', doc.children).flatMap((t) => byTag('a', byTag('thead', t)).map((a) => a.attribs.href))
    expect(links).toEqual(tables.flatMap((t) => t.bodies.map((k) => `${basePath}en/bodies/${k}/`)))
  })
})

describe('home page: the city’s image and official site', () => {
  for (const [path, linkText] of [
    ['', '一関市の公式サイト'],
    ['en/', 'Ichinoseki City official website'],
  ] as const) {
    it(`/${path} shows the image with alt text and links the official site`, async () => {
      const doc = await page(path)
      const figure = all(doc.children, (e) => e.attribs['data-testid'] === 'city-image')
      const img = byTag('img', figure)[0]
      const media = snapshot.media.find((m) => m.key === 'vision-illustration')!
      expect(img?.attribs.alt).toBe(path ? media.alt.en : media.alt.ja)
      expect(img?.attribs.alt).not.toBe('')
      const link = all(doc.children, (e) => e.name === 'a' && e.attribs.href === 'https://www.city.ichinoseki.iwate.jp/')
      expect(link.map(text)).toEqual([linkText])
    })
  }
})

describe('open data: every CSV starts with the 全国地方公共団体コード', () => {
  it('each CSV has municipality_code first, 032093 on every row', async () => {
    const files = ['kpis.csv', ...snapshot.kpis.map((k) => `kpis/${k.key}.csv`), 'progress.csv', 'verifications.csv']
    for (const file of files) {
      const csv = await (await fetch(`${siteUrl}data/${file}`)).text()
      const rows = parse(csv, { bom: true }) as string[][]
      expect(rows[0]![0], file).toBe('municipality_code')
      expect(rows.length, file).toBeGreaterThan(1)
      expect(new Set(rows.slice(1).map((r) => r[0])), file).toEqual(new Set(['032093']))
    }
  })

  it('the data page explains the column', async () => {
    const doc = await page('data/')
    const row = all(doc.children, (e) => e.name === 'tr' && text(e).startsWith('municipality_code'))
    expect(row).toHaveLength(1)
    expect(text(row[0]!)).toContain('全国地方公共団体コード')
    expect(text(row[0]!)).toContain('032093')
  })
})
