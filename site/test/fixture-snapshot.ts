import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

export const siteDir = path.resolve(import.meta.dirname, '..')
export const repoRoot = path.resolve(siteDir, '..')

declare module 'vitest' {
  export interface ProvidedContext {
    snapshotDir: string
  }
}

/** Runs `npx <args>`; a failure throws with the program's output. */
export function npx(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): void {
  try {
    execFileSync('npx', args, { cwd, env: { ...process.env, ...env }, stdio: 'pipe', encoding: 'utf8' })
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string }
    throw new Error(`\`npx ${args.join(' ')}\` failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`, { cause: error })
  }
}

/** Writes the fixture snapshot (the city's seeded plan, no database) into a fresh folder: `<work>/snapshot`. */
export function writeFixtureSnapshot(): { work: string; snapshotDir: string } {
  const work = mkdtempSync(path.join(tmpdir(), 'keikaku-site-test-'))
  const snapshotDir = path.join(work, 'snapshot')
  npx(['tsx', path.join(repoRoot, 'scripts', 'fixture-snapshot.ts'), snapshotDir], repoRoot)
  return { work, snapshotDir }
}

/** Global setup of the unit tests: the fixture snapshot only, no build. */
export default function setup(project: TestProject) {
  const { work, snapshotDir } = writeFixtureSnapshot()
  project.provide('snapshotDir', snapshotDir)
  return () => rmSync(work, { recursive: true, force: true })
}
