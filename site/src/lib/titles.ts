import type { LocalizedText, RecordOf } from '@keikaku/content-schemas'
import type { EntityKind } from './links.ts'

type AnyEntity = RecordOf<EntityKind>

/** The heading a record is known by, whatever its kind. */
export function titleOf(kind: EntityKind, record: AnyEntity): LocalizedText {
  switch (kind) {
    case 'strategy-goals':
      return (record as RecordOf<'strategy-goals'>).headline
    case 'kpis':
    case 'bodies':
      return (record as RecordOf<'kpis' | 'bodies'>).name
    default:
      return (record as { title: LocalizedText }).title
  }
}
