import { cpSync } from 'node:fs'
import path from 'node:path'
import { snapshotMediaDir, writeSnapshot } from '@keikaku/content-schemas/io'
import { ichinosekiSeed } from '@keikaku/cms/seed/data'
import { SEED_FILES_DIR, snapshotFromSeed } from '@keikaku/cms/seed/fixture'

/** Writes the seed (the city's plan) as a snapshot, without a database; returns the folder. */
export function writeFixtureSnapshot(dir: string): string {
  const snapshot = writeSnapshot(dir, snapshotFromSeed(ichinosekiSeed))
  for (const m of snapshot.media) cpSync(path.join(SEED_FILES_DIR, m.path), path.join(snapshotMediaDir(dir), m.path))
  return dir
}
