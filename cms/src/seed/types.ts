import type { CollectionName, LocalizedText, RecordOf, Settings } from '@keikaku/content-schemas'

/** A seeded record: the snapshot shape less what the CMS itself stamps. */
export type SeedRecord<C extends CollectionName> = Omit<RecordOf<C>, 'updatedAt' | 'formerKeys'>

/** Media are seeded from files beside this module; size and dimensions come from the upload. */
export type SeedMedia = Pick<RecordOf<'media'>, 'key' | 'kind' | 'alt' | 'sampleFields'> & { file: string }

/** Pages are seeded as paragraphs; the CMS turns them into rich text. */
export interface SeedPage extends Omit<SeedRecord<'pages'>, 'bodyHtml'> {
  paragraphs: LocalizedText[]
}

export type SeedData = { [C in Exclude<CollectionName, 'media' | 'pages'>]: SeedRecord<C>[] } & {
  media: SeedMedia[]
  pages: SeedPage[]
  settings: Omit<Settings, 'updatedAt'>
}

/** Japanese with an English reference translation (参考訳), or null where none is written yet. */
export const t = (ja: string, en: string | null = null): LocalizedText => ({ ja, en })
