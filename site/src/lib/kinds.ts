import { COLLECTION_LABELS, PLAN_ITEM_LEVEL_LABELS, type PlanItemLevel } from '@keikaku/content-schemas'
import type { Label } from './i18n.ts'
import { ENTITY_KINDS, type EntityKind } from './links.ts'

/** What each kind of page is called; also the values of the search filter `kind`. */
export const KIND_LABELS = mapKinds((kind) => COLLECTION_LABELS[kind].short ?? COLLECTION_LABELS[kind].singular)

export const LEVEL_LABELS: Record<PlanItemLevel, Label> = PLAN_ITEM_LEVEL_LABELS

/** Plural headings for index pages and home sections. */
export const LIST_TITLES = mapKinds((kind) => COLLECTION_LABELS[kind].plural)

function mapKinds(label: (kind: EntityKind) => Label): Record<EntityKind, Label> {
  return Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, label(kind)])) as Record<EntityKind, Label>
}

/** Entries on each page of the paginated lists (KPIs, meetings). */
export const LIST_PAGE_SIZE = 20
