/**
 * `npm run restore -- <file> [--with-env]`: puts a backup back (stop the CMS first). Checks every file against the
 * archive's checksums before touching anything; the replaced database and media are kept aside.
 */
import { parseArgs } from 'node:util'
import { locationsFromEnv } from './lib/backup/locations.ts'
import { restoreBackup } from './lib/backup/restore.ts'
import { loadCmsEnv } from './lib/env.ts'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'with-env': { type: 'boolean' } } })
if (!positionals[0]) {
  console.error('usage: npm run restore -- <backup.tar.gz> [--with-env]')
  process.exit(2)
}
loadCmsEnv()
try {
  const result = await restoreBackup(locationsFromEnv(), positionals[0], { withEnv: values['with-env'] })
  console.log(`Restored the backup of ${result.manifest.createdAt} (${result.manifest.database.kind} database, ${result.manifest.files.length} files).`)
  if (result.keptAside.length) console.log(`The replaced files are kept aside (delete them when all is well):\n  ${result.keptAside.join('\n  ')}`)
  console.log(
    result.liveBuild
      ? `The live site is build ${result.liveBuild} again.`
      : result.manifest.liveBuild
        ? `The backup's live build ${result.manifest.liveBuild} is no longer kept: publish once in the admin to rebuild the site.`
        : 'The backup had no live site: publish once in the admin (or npm start) to build it.',
  )
} catch (error) {
  console.error(`Restore refused: ${(error as Error).message}`)
  process.exit(1)
}
