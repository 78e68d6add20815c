/** Writes the seed as a snapshot without a database: `npm run fixture -w @keikaku/scripts -- <dir>`. */
import { cpSync } from 'node:fs'
import path from 'node:path'
import { snapshotMediaDir, writeSnapshot } from '@keikaku/content-schemas/io'
import { ichinosekiSeed } from '@keikaku/cms/seed/data'
import { SEED_FILES_DIR, snapshotFromSeed } from '@keikaku/cms/seed/fixture'

const dir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'snapshot'))
const snapshot = writeSnapshot(dir, snapshotFromSeed(ichinosekiSeed))
for (const m of snapshot.media) cpSync(path.join(SEED_FILES_DIR, m.path), path.join(snapshotMediaDir(dir), m.path))
console.log(`Fixture snapshot written to ${dir}`)
