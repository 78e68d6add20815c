import { execFileSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { readSnapshot } from '@keikaku/content-schemas/io'
import { htmlFiles } from '@keikaku/scripts/lib/deploy/print'
import { withoutRuby } from '@keikaku/test-support/ruby'

/** Issue 9.3: the print editions, rendered in global-setup by the publish step's own code from the built test site. */
const outDir = inject('outDir')
const snapshot = readSnapshot(inject('snapshotDir'))
const info = (file: string) => execFileSync('pdfinfo', [path.join(outDir, file)], { encoding: 'utf8' })
const text = (file: string) => execFileSync('pdftotext', ['-layout', path.join(outDir, file), '-'], { encoding: 'utf8' })

describe('print editions (PDF)', () => {
  it('writes a 概要版 and a KPI sheet per plan, each under 3 MB', () => {
    for (const file of snapshot.plans.flatMap((p) => [`plans/${p.key}/${p.key}-gaiyou.pdf`, `plans/${p.key}/${p.key}-kpi.pdf`])) {
      expect(statSync(path.join(outDir, file)).size).toBeLessThan(3 * 1024 * 1024)
    }
    // No page is left without a size after a PDF link.
    expect(
      htmlFiles(outDir).filter((f) => /data-pdf-size="[^"]*" data-pagefind-ignore>(（PDF）| \(PDF\))</.test(readFileSync(path.join(outDir, f), 'utf8'))),
    ).toEqual([])
  })

  it('are tagged A4 PDFs with title and author, Japanese, with an outline', () => {
    for (const plan of snapshot.plans) {
      const meta = info(`plans/${plan.key}/${plan.key}-gaiyou.pdf`)
      expect(meta).toMatch(/^Tagged:\s+yes$/m)
      expect(meta).toMatch(/^Page size:.*\(A4\)$/m)
      expect(meta).toMatch(new RegExp(`^Title:\\s+${plan.title.ja} 概要版$`, 'm'))
      expect(meta).toMatch(/^Author:\s+一関市$/m)
      expect(Number(/^Pages:\s+(\d+)$/m.exec(meta)![1])).toBeGreaterThan(3)
      const raw = readFileSync(path.join(outDir, `plans/${plan.key}/${plan.key}-gaiyou.pdf`), 'latin1')
      expect(raw).toContain('/Lang (ja)')
      expect(raw).toContain('/Outlines')
      expect(raw).toContain('/StructTreeRoot')
    }
    expect(info('plans/sogo-keikaku/sogo-keikaku-kpi.pdf')).toMatch(/^Tagged:\s+yes$/m)
  })

  it("carry the plan's text: cover, contents, vision, goals, KPIs with 和暦 years", () => {
    const gaiyou = text('plans/sogo-keikaku/sogo-keikaku-gaiyou.pdf')
    const plan = snapshot.plans.find((p) => p.key === 'sogo-keikaku')!
    for (const expected of [
      plan.title.ja,
      '概要版',
      '目次',
      plan.vision!.slogan.ja,
      'まちづくりの目標',
      '重点プロジェクト',
      '数値目標・KPI',
      '平成28年度（2016年度）',
    ]) {
      expect(gaiyou.replace(/\s+/g, '')).toContain(expected.replace(/\s+/g, ''))
    }
    const goals = snapshot.goals.filter((g) => g.plan === plan.key)
    expect(goals.length).toBeGreaterThan(0)
    for (const goal of goals) expect(gaiyou.replace(/\s+/g, '')).toContain(goal.title.ja.replace(/\s+/g, ''))
    const sheet = text('plans/sogo-senryaku/sogo-senryaku-kpi.pdf').replace(/\s+/g, '')
    const kpis = snapshot.kpis.filter((k) => k.plans.includes('sogo-senryaku'))
    expect(kpis.length).toBeGreaterThan(0)
    for (const kpi of kpis) expect(sheet).toContain(kpi.name.ja.replace(/\s+/g, ''))
    expect(sheet).toContain('基準値')
    expect(sheet).toMatch(/令和元年度（2019年度）/)
  })

  it('are linked from the plan page and the data page with their size', () => {
    const planPage = withoutRuby(readFileSync(path.join(outDir, 'plans/sogo-keikaku/index.html'), 'utf8'))
    expect(planPage).toMatch(
      /href="[^"]*plans\/sogo-keikaku\/sogo-keikaku-gaiyou\.pdf"[^>]*>概要版<\/a><span data-pdf-size="[^"]+" data-pagefind-ignore>（PDF、\d+ KB）<\/span>/,
    )
    const dataPage = readFileSync(path.join(outDir, 'en/data/index.html'), 'utf8')
    expect(dataPage).toMatch(
      /sogo-senryaku-kpi\.pdf"[^>]*>.*?KPI sheet \(Japanese\)<\/a><span data-pdf-size="[^"]+" data-pagefind-ignore> \(PDF, \d+ KB\)<\/span>/,
    )
  })
})
