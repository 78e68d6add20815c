import { PLAN_PART_CONTENTS, type LocalizedText, type Plan, type RecordOf } from '@keikaku/content-schemas'
import type { EntityKind } from './links.ts'
import type { SiteIndex } from './site-index.ts'
import { titleOf } from './titles.ts'

/** One box of the structure chart (体系図); rendered as nested lists, so it reads in order without the picture. */
export interface StructureNode {
  label: LocalizedText
  link: { kind: EntityKind; key: string } | null
  note: LocalizedText | null
  children: StructureNode[]
}

const node = (label: LocalizedText, children: StructureNode[] = [], note: LocalizedText | null = null): StructureNode => ({ label, link: null, note, children })
const linked = (kind: EntityKind, key: string, label: LocalizedText, children: StructureNode[] = []): StructureNode => ({
  label,
  link: { kind, key },
  note: null,
  children,
})

/** The plan's layers → parts → records, as its data describes them (another city may name other layers). */
export function planStructure(plan: Plan, index: SiteIndex): StructureNode[] {
  return plan.layers.map((layer) => {
    const editions = layer.editions.map((e) => node(e.name, [], { ja: `${e.startFY}〜${e.endFY}年度`, en: `FY${e.startFY}–FY${e.endFY}` }))
    return node(
      layer.name,
      [...layer.parts.map((part) => node(part.name, partContents(part.key, plan, index), part.description)), ...editions],
      layer.description,
    )
  })
}

function partContents(partKey: string, plan: Plan, index: SiteIndex): StructureNode[] {
  const collection = PLAN_PART_CONTENTS[partKey as keyof typeof PLAN_PART_CONTENTS]
  const records = <K extends EntityKind>(kind: K, list: Array<RecordOf<K>>) => list.map((r) => linked(kind, r.key, titleOf(kind, r)))
  switch (collection) {
    case null:
      return plan.vision ? [node(plan.vision.slogan)] : []
    case 'principles':
      return records('principles', index.principlesOf(plan.key))
    case 'goals':
      return records('goals', index.goalsOf(plan.key))
    case 'approaches':
      return records('approaches', index.approachesOf(plan.key))
    case 'priority-projects':
      return records('priority-projects', index.priorityProjectsOf(plan.key))
    case 'strategy-goals':
      return records('strategy-goals', index.strategyGoalsOf(plan.key))
    case 'implementation-plans':
      return records('implementation-plans', index.implementationPlansOf(plan.key))
    case 'plan-items':
      return index.goalsOf(plan.key).map((goal) => linked('goals', goal.key, goal.title, planItemTree(goal.key, null, index)))
    default:
      return []
  }
}

function planItemTree(goal: string, parent: string | null, index: SiteIndex): StructureNode[] {
  return index.planItemsUnder(goal, parent).map((item) => linked('plan-items', item.key, item.title, planItemTree(goal, item.key, index)))
}
