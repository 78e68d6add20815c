import { z } from 'zod'
import { key, localizedText, optionalLocalizedText, recordBase } from './common.ts'
import { easyFields } from './easy.ts'
import type { Label } from './common.ts'

/** Fields shared by the ordered elements of a plan's basic concept. */
const planElement = recordBase.extend({
  plan: key,
  order: z.int().min(1),
  title: localizedText,
  description: optionalLocalizedText,
})

/** まちづくりの考え方: a principle, e.g. 「郷土の宝物」 with its sentence 地域資源を活用しよう. */
export const principle = planElement.extend({
  ...easyFields,
  sentence: localizedText,
})
export type Principle = z.infer<typeof principle>

/** まちづくりの目標: one of the five goals; the sectoral plans hang below it. */
export const goal = planElement.extend(easyFields)
export type Goal = z.infer<typeof goal>

/** まちづくりの進め方: an approach, e.g. 市民と行政の協働のまちづくり. */
export const approach = planElement
export type Approach = z.infer<typeof approach>

/** 重点プロジェクト: a cross-cutting priority project, linked to several goals. */
export const priorityProject = planElement.extend({
  ...easyFields,
  /** 考え方 */
  thinking: optionalLocalizedText,
  /** 進め方 */
  method: optionalLocalizedText,
  /** 展開策 */
  measures: z.array(z.strictObject({ title: localizedText, description: optionalLocalizedText })),
  goals: z.array(key).min(1),
})
export type PriorityProject = z.infer<typeof priorityProject>

export const PLAN_ITEM_LEVELS = ['field', 'policy', 'project'] as const
export type PlanItemLevel = (typeof PLAN_ITEM_LEVELS)[number]

/** What the levels are called, in the admin and on the site. */
export const PLAN_ITEM_LEVEL_LABELS: Record<PlanItemLevel, Label> = {
  field: { ja: '分野', en: 'Field' },
  policy: { ja: '施策', en: 'Policy' },
  project: { ja: '事業', en: 'Project' },
}

/**
 * 分野別計画 element under a goal: a field (分野) with 現状と課題 / 施策の展開方法 / 市民の参画,
 * its policies (施策) and their projects (事業), as records linked by `parent`.
 */
export const planItem = planElement.extend({
  goal: key,
  level: z.enum(PLAN_ITEM_LEVELS),
  parent: key.nullable(),
  /** 現状と課題 */
  situation: optionalLocalizedText,
  /** 施策の展開方法 */
  direction: optionalLocalizedText,
  /** 市民の参画 */
  participation: optionalLocalizedText,
})
export type PlanItem = z.infer<typeof planItem>
