/**
 * `npm run publish-snapshot -w @keikaku/scripts -- <snapshotDir>`: builds, checks and switches a snapshot live
 * (the CMS's publish job runs this after exporting). The last line is the result as JSON, for the job to record.
 */
import path from 'node:path'
import { publishLiveLine, publishResultLine } from '@keikaku/content-schemas/publish-protocol'
import { publishSnapshot } from './lib/deploy/publish.ts'
import { SITE_ROOT } from './lib/env.ts'

const snapshotDir = process.argv[2]
if (!snapshotDir) {
  console.error('usage: publish-snapshot <snapshotDir>')
  process.exit(2)
}
try {
  const result = await publishSnapshot(path.resolve(snapshotDir), {
    root: SITE_ROOT,
    onLive: (build, pending) => {
      const next = [...(pending.searchIndex ? ['the search index'] : []), ...pending.pdfs]
      console.log(`Live: build ${build}.${next.length > 0 ? ` Now making ${next.join(', ')} (the previous release's until then).` : ''}`)
      console.log(publishLiveLine({ build, pending: next }))
    },
  })
  console.log(publishResultLine(result))
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
