/**
 * Publish latency, incremental against full, on the seeded plan and on the ~5,000-page plan: the snapshot is
 * published in full once (the previous release, and the full figure), then one KPI's latest actual changes and it
 * is published again, incrementally (what a 公開 does). Each figure is publishSnapshot from a written
 * snapshot to the switched live link: build, PDFs, accessibility audit, checks; the editions whose print page
 * changed are printed after that switch (their previous PDFs stand in) and the row says when that was done too. The admin's export and job pickup
 * come on top (the `publish` part measures 公開 → page served through the admin). On the large plan the browser
 * steps are left out (see benchLargeBuild).
 * `benchPublish()` returns rows; `npx tsx scripts/bench-publish.ts [seeded|large]` prints them on its own.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readSnapshot, snapshotMediaDir, writeSnapshot } from '@keikaku/content-schemas/io'
import { resolveSiteLocation } from '../site/src/env.ts'
import { largePlan } from '../site/src/lib/large-plan.ts'
import type { Row } from './bench-site.ts'
import { round } from './lib/bench/stats.ts'
import { writeSearchIndex } from '../site/src/integrations/pagefind.ts'
import { auditBuild, pageOf } from './lib/deploy/a11y.ts'
import { buildRelease } from './lib/deploy/build-release.ts'
import { withServedBuild } from './lib/deploy/serve-build.ts'
import { checkBuild } from './lib/deploy/check-build.ts'
import { publishSnapshot, type PublishResult } from './lib/deploy/publish.ts'
import { run } from './lib/run.ts'

const TARGETS = { seeded: 4, large: 10 } as const

/** Changes the latest actual of the first KPI that has one, in place. */
function changeOneKpi(snapshotDir: string, step: number): string {
  const file = path.join(snapshotDir, 'kpis.json')
  const kpis = JSON.parse(readFileSync(file, 'utf8')) as Array<{ key: string; actuals: Array<{ value: number }> }>
  const kpi = kpis.find((k) => k.actuals.length > 0)!
  kpi.actuals.at(-1)!.value += step
  writeFileSync(file, JSON.stringify(kpis, null, 2))
  return kpi.key
}

const describeRun = (r: PublishResult) =>
  `${r.mode}${r.rendered !== undefined ? `, ${r.rendered} files rendered, ${r.differing} differ from the previous build` : ''}; build ${r.seconds.build} s, PDFs ${r.seconds.print} s, axe ${r.seconds.a11y} s, checks ${r.seconds.check} s` +
  (r.afterSwitch
    ? `; after the switch ${[r.afterSwitch.searchIndex && 'the search index', r.afterSwitch.pdfs.length > 0 && `${r.afterSwitch.pdfs.length} PDFs`].filter(Boolean).join(' and ')} in ${r.seconds.afterSwitch} s, all done at ${r.seconds.total} s`
    : '')

export async function benchPublish(plans: Array<keyof typeof TARGETS> = ['seeded', 'large']): Promise<Row[]> {
  const work = mkdtempSync(path.join(tmpdir(), 'keikaku-bench-publish-'))
  const rows: Row[] = []
  try {
    const fixture = path.join(work, 'fixture')
    await run('npx', ['tsx', path.join(import.meta.dirname, 'fixture-snapshot.ts'), fixture], { stdio: 'ignore' })
    for (const plan of plans) {
      const scenario = plan === 'seeded' ? 'seeded plan' : 'large plan (~5,000 pages)'
      let snapshotDir = fixture
      if (plan === 'large') {
        snapshotDir = path.join(work, 'large')
        writeSnapshot(snapshotDir, largePlan(readSnapshot(fixture), { targetPages: 5000 }))
        cpSync(snapshotMediaDir(fixture), snapshotMediaDir(snapshotDir), { recursive: true })
      }
      const target = `≤ ${TARGETS[plan]} s`
      if (plan === 'large') {
        rows.push(...(await benchLargeBuild(snapshotDir, path.join(work, 'builds-large'), scenario, target)))
        continue
      }
      const root = path.join(work, `site-${plan}`)
      // The first publish is the full one to compare with: the same pages, one KPI value apart.
      const full = await publishSnapshot(snapshotDir, { root })
      changeOneKpi(snapshotDir, 1)
      const incremental = await publishSnapshot(snapshotDir, { root })
      rows.push(
        {
          scenario,
          metric: `publish, one KPI changed, incremental: 公開 → live (${describeRun(incremental)})`,
          value: round(incremental.seconds.live, 1),
          unit: 's',
          target,
        },
        { scenario, metric: `publish, full (${describeRun(full)})`, value: round(full.seconds.live, 1), unit: 's' },
      )
    }
    return rows
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/**
 * The large plan without its first publish's browser steps: that would audit ~10,000 pages with axe (tens of minutes
 * on 2 cores), too long for a bench run. So this times the build to a complete, link-checked folder: full, then
 * incremental after one KPI changed. The incremental publish's axe step audits the pages that differ from the live
 * build, and the live build's publish audited every page: so those pages are audited in the first build (filling
 * the cache as that publish would have), then the audit of the new build is timed.
 */
async function benchLargeBuild(snapshotDir: string, builds: string, scenario: string, target: string): Promise<Row[]> {
  const timed = async (dir: string, previous: string | null) => {
    const started = performance.now()
    const snapshot = readSnapshot(snapshotDir)
    // As a publish builds: with a cache folder of its own (furigana, images, Node's compiled code), and an incremental
    // build's search index written after the switch (timed apart below).
    const built = await buildRelease(snapshotDir, snapshot, dir, previous, { deferIndex: true, cacheDir: path.join(builds, 'cache') })
    const problems = checkBuild(dir, snapshot, resolveSiteLocation(snapshot.settings.baseUrl).base, built.mode === 'incremental' ? built.rendered : undefined)
      // The PDFs are made by the browser steps, left out here.
      .filter((p) => !/broken link: \S+\.pdf$/.test(p.message))
    if (problems.length > 0) throw new Error(`${problems.length} problems, e.g. ${problems[0]!.page}: ${problems[0]!.message}`)
    return { built, seconds: (performance.now() - started) / 1000 }
  }
  const first = await timed(path.join(builds, 'a'), null)
  changeOneKpi(snapshotDir, 1)
  const incremental = await timed(path.join(builds, 'b'), path.join(builds, 'a'))
  const { built } = incremental
  const differing = new Set(built.mode === 'incremental' ? built.differing.filter((f) => f.endsWith('.html')).map(pageOf) : [])
  const { base } = resolveSiteLocation(readSnapshot(snapshotDir).settings.baseUrl)
  const audit = async (dir: string) => {
    const started = performance.now()
    await withServedBuild(dir, base, (siteUrl, browser) =>
      auditBuild(browser, siteUrl, dir, { cacheDir: path.join(builds, 'a11y-cache'), only: (page) => differing.has(page) }),
    )
    return (performance.now() - started) / 1000
  }
  await audit(path.join(builds, 'a'))
  const axeSeconds = await audit(path.join(builds, 'b'))
  const indexStarted = performance.now()
  await writeSearchIndex(path.join(builds, 'b'), { cacheDir: path.join(builds, 'cache') })
  const indexSeconds = round((performance.now() - indexStarted) / 1000, 1)
  changeOneKpi(snapshotDir, 1)
  const full = await timed(path.join(builds, 'c'), null)
  const detail =
    built.mode === 'incremental'
      ? `${built.rendered.length} files rendered, ${built.reused} reused, ${built.differing.length} differ (${built.differing.filter((f) => /\/(print|kpi-sheet)\/index\.html$/.test(f)).length} print pages)`
      : `full: ${built.reason}`
  return [
    {
      scenario,
      metric: `one KPI changed, incremental: 公開 → live (build + link check ${round(incremental.seconds, 1)} s, axe of the ${differing.size} pages that differ ${round(axeSeconds, 1)} s); after the switch the search index (${indexSeconds} s) and the PDFs (${detail})`,
      value: round(incremental.seconds + axeSeconds, 1),
      unit: 's',
      target,
    },
    { scenario, metric: 'one KPI changed, full build + Pagefind + link check, no PDFs/axe', value: round(full.seconds, 1), unit: 's' },
    { scenario, metric: 'first build, full, no PDFs/axe', value: round(first.seconds, 1), unit: 's' },
  ]
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const only = process.argv[2] as keyof typeof TARGETS | undefined
  console.table(await benchPublish(only ? [only] : undefined))
}
