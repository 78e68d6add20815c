import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { readSnapshot } from '@keikaku/content-schemas/io'
import { printEditions } from '../../../scripts/lib/deploy/print.ts'
import { serveBuild } from '../../../scripts/lib/deploy/serve-build.ts'
import { launchBrowser } from './browser.ts'
import { serveStatic } from './server.ts'
import { applyStaffEdits } from './staff-edits.ts'

const siteDir = path.resolve(import.meta.dirname, '..', '..')
const repoRoot = path.resolve(siteDir, '..')
/** A sub-directory base, so that every test also checks that links honour the base path. */
export const TEST_BASE = '/keikaku/'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    snapshotDir: string
    outDir: string
    basePath: string
  }
}

/** Writes the fixture snapshot, builds the site from it into a fresh folder and serves it on localhost. */
export default async function setup(project: TestProject) {
  const work = mkdtempSync(path.join(tmpdir(), 'keikaku-site-test-'))
  const snapshotDir = path.join(work, 'snapshot')
  const outDir = path.join(work, 'dist')
  const run = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) => {
    try {
      execFileSync('npx', args, { cwd, env: { ...process.env, ...env }, stdio: 'pipe', encoding: 'utf8' })
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string }
      throw new Error(`\`npx ${args.join(' ')}\` failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`)
    }
  }
  run(['tsx', path.join(repoRoot, 'scripts', 'fixture-snapshot.ts'), snapshotDir], repoRoot)
  applyStaffEdits(snapshotDir)
  run(['astro', 'build'], siteDir, { KEIKAKU_SNAPSHOT_DIR: snapshotDir, KEIKAKU_OUT_DIR: outDir, KEIKAKU_BASE_PATH: TEST_BASE })
  // The print editions, as the publish step makes them, so that the site under test links to real PDFs. They are
  // made before the test server starts: it indexes files (and their sizes) once, and printing rewrites some pages.
  const snapshot = readSnapshot(snapshotDir)
  const printServer = await serveBuild(outDir, TEST_BASE)
  const browser = await launchBrowser()
  try {
    await printEditions(browser, printServer.url, outDir, snapshot.plans.map((p) => p.key), snapshot.settings.cityName.ja)
  } finally {
    await browser.close()
    await printServer.close()
  }
  const server = await serveStatic(outDir, TEST_BASE)
  project.provide('siteUrl', server.url)
  project.provide('snapshotDir', snapshotDir)
  project.provide('outDir', outDir)
  project.provide('basePath', TEST_BASE)
  return async () => {
    await server.close()
    rmSync(work, { recursive: true, force: true })
  }
}
