import { setTimeout as sleep } from 'node:timers/promises'
import lockfile from 'proper-lockfile'

export interface LockOptions {
  /** How long to wait for another holder before giving up. */
  waitMs?: number
  /** Called once when the lock is held by another process (e.g. to say what it waits for). */
  onWait?: () => void
}

/**
 * Runs `work` holding an exclusive lock shared by processes (proper-lockfile: an atomic mkdir, refreshed while
 * held, so a crashed holder's lock goes stale in half a minute instead of blocking everyone; not less, since a
 * holder's synchronous steps, such as checking 5,000 pages, hold up the refresh).
 */
export async function withLock<T>(lockPath: string, work: () => Promise<T>, { waitMs = 15 * 60_000, onWait }: LockOptions = {}): Promise<T> {
  const deadline = Date.now() + waitMs
  let release: (() => Promise<void>) | undefined
  for (let waited = false; !release;) {
    try {
      release = await lockfile.lock(lockPath, {
        lockfilePath: lockPath,
        realpath: false,
        stale: 30_000,
        // A lost lock (its folder removed by hand) should not crash the holder's process mid-work.
        onCompromised: (error) => console.warn(`The lock ${lockPath} was lost: ${error.message}`),
      })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error
      if (Date.now() > deadline) throw new Error(`Gave up after ${Math.round(waitMs / 1000)} s: ${lockPath} is still held by another process`, { cause: error })
      if (!waited) onWait?.()
      waited = true
      await sleep(500)
    }
  }
  try {
    return await work()
  } finally {
    await release().catch(() => {})
  }
}
