import { readSnapshot } from '@keikaku/content-schemas/io'
import { snapshotDir } from '../env.ts'
import { createSiteIndex, type SiteIndex } from './site-index.ts'
import { checkKeysAgainstRoutes } from './route-keys.ts'

let cached: SiteIndex | undefined

/** The snapshot, validated once per build: an invalid one stops the build naming the document and field. */
export function site(): SiteIndex {
  if (!cached) {
    const snapshot = readSnapshot(snapshotDir)
    checkKeysAgainstRoutes(snapshot)
    cached = createSiteIndex(snapshot)
  }
  return cached
}
