import type { CollectionName, LocalizedText, RecordOf, Settings } from '@keikaku/content-schemas'

/** Fields a seeded record may leave out (they default to null): the やさしい日本語 texts. */
type Defaulted = 'easySummary' | 'easyProgress'
type Optional<T, K extends PropertyKey> = Omit<T, K> & Partial<Pick<T, Extract<K, keyof T>>>

/** A seeded record: the snapshot shape less what the CMS itself stamps. */
export type SeedRecord<C extends CollectionName> = Optional<Omit<RecordOf<C>, 'updatedAt' | 'formerKeys'>, Defaulted>

/** Media are seeded from files beside this module; size and dimensions come from the upload. */
export type SeedMedia = Pick<RecordOf<'media'>, 'key' | 'kind' | 'alt' | 'sampleFields'> & { file: string }

/** Pages are seeded as paragraphs; the CMS turns them into rich text. */
export interface SeedPage extends Omit<SeedRecord<'pages'>, 'bodyHtml'> {
  paragraphs: LocalizedText[]
}

/**
 * 担当部署 are records of the CMS only: the snapshot carries a department's name on each KPI and project. Seeded KPIs
 * and projects name their department by its Japanese name, which must be one of these.
 */
export interface SeedDepartment {
  key: string
  name: LocalizedText
  order: number
  sample: boolean
}

export type SeedData = { [C in Exclude<CollectionName, 'media' | 'pages'>]: SeedRecord<C>[] } & {
  departments: SeedDepartment[]
  media: SeedMedia[]
  pages: SeedPage[]
  settings: Optional<Omit<Settings, 'updatedAt'>, Defaulted | 'readings'>
}

/** Japanese with an English reference translation (参考訳), or null where none is written yet. */
export const t = (ja: string, en: string | null = null): LocalizedText => ({ ja, en })
