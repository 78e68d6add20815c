import { rmSync } from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { readSnapshot } from '@keikaku/content-schemas/io'
import { printEditions } from '@keikaku/scripts/lib/deploy/print'
import { serveBuild } from '@keikaku/scripts/lib/deploy/serve-build'
import { npx, siteDir, writeFixtureSnapshot } from '../fixture-snapshot.ts'
import { LazyBrowser } from '@keikaku/scripts/lib/chromium'
import { applyStaffEdits } from './staff-edits.ts'

/** A sub-directory base, so that every test also checks that links honour the base path. */
export const TEST_BASE = '/keikaku/'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    outDir: string
    basePath: string
  }
}

/** Writes the fixture snapshot, builds the site from it into a fresh folder and serves it on localhost. */
export default async function setup(project: TestProject) {
  const { work, snapshotDir } = writeFixtureSnapshot()
  const outDir = path.join(work, 'dist')
  applyStaffEdits(snapshotDir)
  npx(['astro', 'build'], siteDir, { KEIKAKU_SNAPSHOT_DIR: snapshotDir, KEIKAKU_OUT_DIR: outDir, KEIKAKU_BASE_PATH: TEST_BASE })
  // One server (files re-read on each request) for the print editions, as the publish step makes them so that the
  // site under test links to real PDFs, and then for the tests.
  const snapshot = readSnapshot(snapshotDir)
  const server = await serveBuild(outDir, TEST_BASE)
  const browser = new LazyBrowser()
  try {
    await printEditions(
      browser,
      server.url,
      outDir,
      snapshot.plans.map((p) => p.key),
      snapshot.settings.cityName.ja,
    )
  } catch (error) {
    await server.close()
    throw error
  } finally {
    await browser.close()
  }
  project.provide('siteUrl', server.url)
  project.provide('snapshotDir', snapshotDir)
  project.provide('outDir', outDir)
  project.provide('basePath', TEST_BASE)
  return async () => {
    await server.close()
    rmSync(work, { recursive: true, force: true })
  }
}
