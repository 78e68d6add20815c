/** Writes the seed as a snapshot without a database: `npm run fixture -w @keikaku/scripts -- <dir>`. */
import path from 'node:path'
import { writeFixtureSnapshot } from './lib/fixture.ts'

const dir = writeFixtureSnapshot(path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'snapshot')))
console.log(`Fixture snapshot written to ${dir}`)
