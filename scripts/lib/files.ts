import { readdirSync, type Dirent } from 'node:fs'
import path from 'node:path'

/** Every file under a folder (symbolic links not followed), relative, with forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}
