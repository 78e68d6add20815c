import lockfile, { type LockOptions as ProperLockOptions } from 'proper-lockfile'

export interface LockOptions {
  /** How long to wait for another holder before giving up. */
  waitMs?: number
  /** Called once when the lock is held by another process (e.g. to say what it waits for). */
  onWait?: () => void
}

/** Between two tries while another process holds the lock. */
const RETRY_MS = 500

/**
 * Runs `work` holding an exclusive lock shared by processes (proper-lockfile: an atomic mkdir, refreshed while
 * held, so a crashed holder's lock goes stale in half a minute instead of blocking everyone; not less, since a
 * holder's synchronous steps, such as checking 5,000 pages, hold up the refresh).
 */
export async function withLock<T>(lockPath: string, work: () => Promise<T>, { waitMs = 15 * 60_000, onWait }: LockOptions = {}): Promise<T> {
  const options: ProperLockOptions = {
    lockfilePath: lockPath,
    realpath: false,
    stale: 30_000,
    // A lost lock (its folder removed by hand) should not crash the holder's process mid-work.
    onCompromised: (error) => console.warn(`The lock ${lockPath} was lost: ${error.message}`),
  }
  let release: () => Promise<void>
  try {
    release = await lockfile.lock(lockPath, options)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error
    onWait?.()
    // proper-lockfile's own retries, a try every RETRY_MS until waitMs has passed.
    const retries = { retries: Math.ceil(waitMs / RETRY_MS), minTimeout: RETRY_MS, maxTimeout: RETRY_MS }
    release = await lockfile.lock(lockPath, { ...options, retries }).catch((cause: NodeJS.ErrnoException) => {
      if (cause.code !== 'ELOCKED') throw cause
      throw new Error(`Gave up after ${Math.round(waitMs / 1000)} s: ${lockPath} is still held by another process`, { cause })
    })
  }
  try {
    return await work()
  } finally {
    await release().catch(() => {})
  }
}
