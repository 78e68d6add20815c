import type { Label } from './common.ts'

/** A plan period in fiscal years, inclusive. */
export interface Period {
  startFY: number
  endFY: number
}

/** The span covered by several plans (a KPI may serve the 総合計画 and the 総合戦略). */
export function unionPeriod(periods: Period[]): Period | null {
  if (periods.length === 0) return null
  return {
    startFY: Math.min(...periods.map((p) => p.startFY)),
    endFY: Math.max(...periods.map((p) => p.endFY)),
  }
}

/**
 * Checks a fiscal year against a period; returns a message naming the year and period when it is outside,
 * in Japanese and English, or null when fine. Baselines may come before the period (`allowBefore`).
 */
export function fiscalYearProblem(fiscalYear: number, period: Period, { label, allowBefore = false }: { label: Label; allowBefore?: boolean }): Label | null {
  if (!Number.isInteger(fiscalYear)) {
    return { ja: `${label.ja}の年度は整数（西暦）で入力してください。`, en: `${label.en}: the fiscal year must be a whole Western year.` }
  }
  const tooEarly = !allowBefore && fiscalYear < period.startFY
  if (tooEarly || fiscalYear > period.endFY) {
    return {
      ja: `${label.ja}の年度（${fiscalYear}年度）が計画期間（${period.startFY}〜${period.endFY}年度）の外です。`,
      en: `${label.en}: fiscal year ${fiscalYear} is outside the plan period FY${period.startFY}–FY${period.endFY}.`,
    }
  }
  return null
}
