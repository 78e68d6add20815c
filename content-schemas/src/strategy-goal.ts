import { z } from 'zod'
import { key, localizedText, optionalLocalizedText, recordBase } from './common.ts'

/** 総合戦略 basic goal (しごと / ひと / まち) with headline, theme and banner. */
export const strategyGoal = recordBase.extend({
  plan: key,
  order: z.int().min(1),
  /** しごと, ひと or まち */
  category: localizedText,
  /** e.g. 若者や女性が集うまち */
  headline: localizedText,
  /** e.g. 産業振興と雇用の創出 (shown as ＜…＞) */
  theme: localizedText,
  /** e.g. 中東北の拠点都市の形成 (shown as 【…】) */
  banner: localizedText,
  description: optionalLocalizedText,
  /** Goals of the comprehensive plan this strategy goal contributes to. */
  goals: z.array(key),
})
export type StrategyGoal = z.infer<typeof strategyGoal>
