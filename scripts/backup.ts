/**
 * `npm run backup -- [file] [--with-env] [--keep N]`: one archive of the database, the media files and the live
 * build's id, with checksums, while the CMS keeps running (default var/backups/keikaku-<time>.tar.gz).
 * `--with-env` also stores cms/.env (the secret: keep such archives safe); `--keep N` deletes older archives.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { archiveName, createBackup } from './lib/backup/backup.ts'
import { locationsFromEnv } from './lib/backup/locations.ts'
import { loadCmsEnv, ROOT } from './lib/env.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'with-env': { type: 'boolean' }, keep: { type: 'string' } },
})
loadCmsEnv()
const file = positionals[0] ?? path.join(ROOT, 'var', 'backups', archiveName())
try {
  const result = await createBackup(locationsFromEnv(), { file, withEnv: values['with-env'], keep: values.keep ? Number(values.keep) : undefined })
  const media = result.manifest.files.filter((f) => f.path.startsWith('media/')).length
  console.log(
    `Backup written: ${result.file} (${(result.bytes / 1024 / 1024).toFixed(1)} MB in ${result.seconds.toFixed(1)} s: ` +
      `${result.manifest.database.kind} database, ${media} media files, live build ${result.manifest.liveBuild ?? 'none'}` +
      `${result.manifest.includesEnv ? ', cms/.env' : ''})`,
  )
  if (result.removed.length) console.log(`Removed older archives: ${result.removed.join(', ')}`)
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`)
  process.exit(1)
}
