import { Releases } from './releases.ts'
import { targetFromEnv, type DeployTarget } from './targets.ts'

export interface RollbackResult {
  from: string | null
  to: string
  kept: string[]
}

/**
 * Switches the live site back to the build before it (or the one named), then has the remote target mirror it.
 * As in a publish, a mirror that fails puts the local live link back too, so both keep saying the same.
 */
export async function rollback(root: string, { to, target = targetFromEnv() }: { to?: string; target?: DeployTarget } = {}): Promise<RollbackResult> {
  const releases = new Releases(root)
  return releases.exclusively(async () => {
    const from = releases.live()
    const build = to ?? releases.previous()
    if (!build) {
      throw new Error(`Nothing to roll back to: builds kept are ${releases.list().join(', ') || 'none'}; live is ${from ?? 'none'}.`)
    }
    releases.switchTo(build)
    try {
      await target.deploy(releases.dirOf(build))
    } catch (error) {
      if (from) releases.switchTo(from)
      throw new Error(`The remote copy (${target.describe()}) did not take build ${build}; the live site stays at ${from ?? 'none'}.`, { cause: error })
    }
    return { from, to: build, kept: releases.list() }
  })
}
