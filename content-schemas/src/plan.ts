import { z } from 'zod'
import { fiscalYear, key, localizedText, optionalLocalizedText, recordBase } from './common.ts'
import { VERIFICATION_GRADES } from './kpi.ts'
import { easyText } from './easy.ts'
import type { Label } from './common.ts'

export const PLAN_KINDS = ['comprehensive', 'strategy'] as const

/** An edition of a layer, e.g. 前期基本計画 (FY2016–FY2020) of 基本計画. */
export const planEdition = z.strictObject({
  key,
  name: localizedText,
  startFY: fiscalYear,
  endFY: fiscalYear,
})

/**
 * A part of a layer, e.g. まちづくりの目標 in 基本構想. Its key says which records it lists
 * (see PLAN_PART_CONTENTS), so the structure chart (体系図) is drawn from data.
 */
export const planPart = z.strictObject({
  key,
  name: localizedText,
  description: optionalLocalizedText,
})

/** Which collection each well-known part lists; other parts are text only. */
export const PLAN_PART_CONTENTS = {
  vision: null,
  principles: 'principles',
  goals: 'goals',
  approaches: 'approaches',
  'priority-projects': 'priority-projects',
  'sectoral-plans': 'plan-items',
  'implementation-plans': 'implementation-plans',
  'strategy-goals': 'strategy-goals',
} as const

/** A layer of a plan (基本構想 / 基本計画 / 実施計画): data, so that another city can name its own. */
export const planLayer = z.strictObject({
  key,
  name: localizedText,
  description: optionalLocalizedText,
  parts: z.array(planPart),
  editions: z.array(planEdition),
})

/**
 * One step of the council's grading scale (e.g. A = 目標を上回っている): what a grade means is the plan's data, so
 * that the site shows it next to every grade and a city can word its own scale.
 */
export const gradeScaleStep = z.strictObject({
  grade: z.enum(VERIFICATION_GRADES),
  label: localizedText,
  meaning: optionalLocalizedText,
  order: z.int(),
})
export type GradeScaleStep = z.infer<typeof gradeScaleStep>

/** A plan: 総合計画 or 総合戦略. Several may exist over time; ended plans stay readable. */
export const plan = recordBase.extend({
  kind: z.enum(PLAN_KINDS),
  title: localizedText,
  /** Short label for breadcrumbs and tables, e.g. 総合計画. */
  shortTitle: localizedText,
  startFY: fiscalYear,
  endFY: fiscalYear,
  /** 目的 */
  purpose: localizedText,
  /** 範囲 */
  scope: localizedText,
  /** 期間, as the city words it (may quote 平成37年). */
  periodText: localizedText,
  /** 将来像 (comprehensive plans only). */
  vision: z.strictObject({ slogan: localizedText, text: optionalLocalizedText, easySummary: easyText }).nullable(),
  layers: z.array(planLayer),
  /** The plan this one succeeds (e.g. 第2期総合戦略 → 総合戦略). */
  predecessor: key.nullable(),
  /** What the council's verification grades mean for this plan (評価基準). */
  gradeScale: z
    .array(gradeScaleStep)
    .refine((steps) => new Set(steps.map((s) => s.grade)).size === steps.length, { message: 'each grade may appear only once' }),
  order: z.int(),
  /** やさしい日本語: what the plan is. */
  easySummary: easyText,
  /** やさしい日本語: how the plan is going (shown above the KPI rating counts). */
  easyProgress: easyText,
})
export type Plan = z.infer<typeof plan>
export type PlanKind = (typeof PLAN_KINDS)[number]

export const PLAN_KIND_LABELS: Record<PlanKind, Label> = {
  comprehensive: { ja: '総合計画', en: 'Comprehensive plan' },
  strategy: { ja: '総合戦略', en: 'Comprehensive strategy' },
}
