import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Payload } from 'payload'
import { SKIP_RECORDS_ENV, type SkippedPages } from '../../site/src/lib/incremental.ts'
import { ROOT } from './env.ts'
import { run } from './run.ts'

/** Exports the published content as a snapshot folder (validated; throws naming document and field). */
export async function exportTo(payload: Payload, dir: string): Promise<void> {
  const { writeExport } = await import('@keikaku/cms/snapshot/writeExport')
  await writeExport(payload, dir)
}

export interface BuildSiteOptions {
  cacheDir?: string
  /** Incremental build: the records whose pages are not rendered, and those pages (see site/src/lib/incremental.ts). */
  skip?: SkippedPages
}

/**
 * Builds the static site (Astro + Pagefind) from a snapshot folder into `outDir` (default site/dist).
 * `cacheDir` keeps Astro's optimized images between builds, outside the per-build folders: give each build that
 * may run at the same time as another its own.
 *
 * Astro stages its server chunks in `<cwd>/.astro/.prerender` (they must be able to import the site's packages)
 * and renames the results into the output folder. With one shared `site/.astro` a preview beside a publish broke
 * both, and an output folder on another filesystem failed with EXDEV. So a build with its own `outDir` runs in a
 * folder of its own inside site/, writes its output there, and that output is then moved into `outDir` (copied
 * when `outDir` is on another filesystem).
 */
export async function buildSite(snapshotDir: string, outDir?: string, { cacheDir, skip }: BuildSiteOptions = {}): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KEIKAKU_SNAPSHOT_DIR: snapshotDir,
    // Node keeps the compiled code of Astro, Vite and the site's modules there: loading them is most of a start.
    ...(cacheDir ? { KEIKAKU_CACHE_DIR: cacheDir, NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? path.join(cacheDir, 'node-compile') } : {}),
  }
  delete env[SKIP_RECORDS_ENV]
  if (!outDir) return run('npm', ['run', 'build', '-w', '@keikaku/site'], { cwd: ROOT, env })
  const work = mkdtempSync(path.join(SITE_DIR, '.build-'))
  try {
    if (skip) {
      env[SKIP_RECORDS_ENV] = path.join(work, 'skip-records.json')
      writeFileSync(env[SKIP_RECORDS_ENV], JSON.stringify(skip))
    }
    const staged = path.join(work, 'dist')
    await run(process.execPath, [ASTRO_BIN, 'build', '--root', SITE_DIR], { cwd: work, env: { ...env, KEIKAKU_OUT_DIR: staged } })
    moveDir(staged, path.resolve(outDir))
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** Renames a folder into place, or copies it when the target is on another filesystem. */
export function moveDir(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true })
  mkdirSync(path.dirname(to), { recursive: true })
  try {
    renameSync(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    cpSync(from, to, { recursive: true, preserveTimestamps: true })
  }
}

const SITE_DIR = path.join(ROOT, 'site')
const ASTRO_BIN = path.join(path.dirname(createRequire(path.join(SITE_DIR, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs')
