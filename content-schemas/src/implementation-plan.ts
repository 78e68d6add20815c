import { z } from 'zod'
import { fiscalYear, key, localizedText, optionalLocalizedText, recordBase, sampleFlag } from './common.ts'

/** One project (事業) of a rolling 実施計画 edition, with its plan and budget per fiscal year. */
export const implementationProject = z.strictObject({
  key,
  title: localizedText,
  /** The sectoral-plan policy (施策) or project it carries out. */
  planItem: key,
  department: localizedText,
  years: z.array(
    z.strictObject({
      fiscalYear,
      plan: optionalLocalizedText,
      /** Budget in thousands of yen (千円); null when not set. */
      budgetThousandYen: z.number().nonnegative().nullable(),
      sample: sampleFlag,
    }),
  ),
  /** The project's own entries (title, plan item, department); each year carries its own flag. */
  sample: sampleFlag,
})

/** 実施計画: the 3-year rolling plan, re-issued every fiscal year. */
export const implementationPlan = recordBase.extend({
  plan: key,
  title: localizedText,
  /** The fiscal year this edition was issued for; it covers that year and the two after. */
  fiscalYear,
  startFY: fiscalYear,
  endFY: fiscalYear,
  description: optionalLocalizedText,
  projects: z.array(implementationProject),
})
export type ImplementationPlan = z.infer<typeof implementationPlan>
