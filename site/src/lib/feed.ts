import { Feed } from 'feed'
import type { LocalizedText, RecordOf } from '@keikaku/content-schemas'
import { escapeHtml } from '@keikaku/content-schemas/html'
import { plain, type Locale } from './i18n.ts'
import { KIND_LABELS } from './kinds.ts'
import { ENTITY_KINDS, entityHref, type EntityKind } from './links.ts'
import { newest, type SiteIndex } from './site-index.ts'
import { titleOf } from './titles.ts'

export interface FeedEntry {
  kind: EntityKind
  key: string
  title: LocalizedText
  /** When the change happened: a meeting's own date if later than its publication, else the record's updatedAt. */
  date: string
}

/** Updates, newest first: meetings (by date) and every published record that changed. */
export function feedEntries(index: SiteIndex, limit = 100): FeedEntry[] {
  return ENTITY_KINDS.flatMap((kind) =>
    (index.snapshot[kind] as Array<RecordOf<EntityKind>>).map((record) => ({
      kind,
      key: record.key,
      title: titleOf(kind, record),
      // Meetings also count from the day they were held.
      date: 'date' in record && record.date ? newest([record.updatedAt, `${record.date}T00:00:00+09:00`]) : record.updatedAt,
    })),
  )
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key))
    .slice(0, limit)
}

/** An Atom 1.0 document of the updates, with absolute links (feed readers resolve nothing). */
export function atomFeed(index: SiteIndex, { site, locale, selfHref }: { site: URL; locale: Locale; selfHref: string }): string {
  const entries = feedEntries(index)
  const abs = (path: string) => new URL(path, site).href
  const feed = new Feed({
    id: abs(selfHref),
    title: plain(index.settings.siteTitle, locale),
    link: abs(entityHref('plans', '', locale).replace(/plans\/\/$/, '')),
    language: locale,
    updated: new Date(entries[0]?.date ?? index.settings.updatedAt),
    copyright: `${plain(index.settings.cityName, locale)} — ${index.settings.openDataLicence.name}`,
    feedLinks: { atom: abs(selfHref) },
    author: { name: plain(index.settings.cityName, locale) },
  })
  for (const entry of entries) {
    const link = abs(entityHref(entry.kind, entry.key, locale))
    feed.addItem({
      // `feed` writes titles as `type="html"`: plain text must reach it escaped, or markup in a title is run as HTML.
      title: escapeHtml(`${KIND_LABELS[entry.kind][locale]}: ${plain(entry.title, locale)}`),
      id: `${link}#${entry.date}`,
      link,
      date: new Date(entry.date),
    })
  }
  return feed.atom1()
}
