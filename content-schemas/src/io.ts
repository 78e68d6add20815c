import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { COLLECTION_NAMES, type Snapshot } from './snapshot.ts'
import { validateSnapshot } from './validate.ts'

/**
 * A snapshot on disk: `meta.json`, `settings.json`, one `<collection>.json` per collection (an array of records)
 * and `media/` with the uploaded files.
 */
const FILES = ['meta', 'settings', ...COLLECTION_NAMES] as const

export const snapshotMediaDir = (dir: string) => path.join(dir, 'media')

/** Reads and validates a snapshot folder; throws naming the document and field at fault. */
export function readSnapshot(dir: string): Snapshot {
  if (!existsSync(path.join(dir, 'meta.json'))) {
    throw new Error(`No snapshot in ${dir}: run \`npm run export\` (or \`npm run build\`) first.`)
  }
  const input = Object.fromEntries(
    FILES.map((name) => {
      const file = path.join(dir, `${name}.json`)
      try {
        return [name, JSON.parse(readFileSync(file, 'utf8'))]
      } catch (error) {
        throw new Error(`Cannot read ${file}: ${(error as Error).message}`, { cause: error })
      }
    }),
  )
  return validateSnapshot(input)
}

/** Validates, then writes a snapshot folder (its JSON files; media are copied by the caller into `media/`). */
export function writeSnapshot(dir: string, data: unknown): Snapshot {
  const valid = validateSnapshot(data)
  for (const name of FILES) rmSync(path.join(dir, `${name}.json`), { force: true })
  mkdirSync(snapshotMediaDir(dir), { recursive: true })
  for (const name of FILES) {
    writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(valid[name], null, 2)}\n`)
  }
  return valid
}
