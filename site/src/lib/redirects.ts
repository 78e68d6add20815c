import { ENTITY_KINDS } from './links.ts'

/**
 * URLs stay permanent: every former key of a record leaves a static redirect (both languages) to its current page.
 * Sources are base-less, as Astro's `redirects` wants them; destinations carry the base, which Astro does not add.
 */
/** Only what redirects need of a snapshot: each record's key and former keys. */
type KeyedRecords = Record<(typeof ENTITY_KINDS)[number], ReadonlyArray<{ key: string; formerKeys: readonly string[] }>>

export function formerKeyRedirects(snapshot: KeyedRecords, base: string): Record<string, string> {
  const redirects: Record<string, string> = {}
  for (const kind of ENTITY_KINDS) {
    for (const record of snapshot[kind]) {
      for (const former of record.formerKeys) {
        for (const prefix of ['', 'en/']) redirects[`/${prefix}${kind}/${former}/`] = `${base}${prefix}${kind}/${record.key}/`
      }
    }
  }
  return redirects
}
