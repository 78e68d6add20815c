import { readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

/** Previews are for the moment of review: removes all but the newest `keep` (by modification time); returns the removed. */
export function prunePreviews(previewsDir: string, keep = 20): string[] {
  const old = readdirSync(previewsDir)
    .map((name) => ({ name, time: statSync(path.join(previewsDir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time)
    .slice(keep)
    .map(({ name }) => name)
  for (const name of old) rmSync(path.join(previewsDir, name), { recursive: true, force: true })
  return old
}
