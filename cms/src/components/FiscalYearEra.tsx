'use client'
import { formatFiscalYear, formatFiscalYearEn } from '@keikaku/content-schemas/fiscal-year'
import { useField, useTranslation } from '@payloadcms/ui'

/** Beside a 年度 input: the fiscal year as 和暦 while it is typed (2015 → 平成27年度（2015年度）). */
export function FiscalYearEra({ path }: { path: string }) {
  const { value } = useField<number | string | null>({ path })
  const { i18n } = useTranslation()
  const year = Number(value)
  if (!Number.isInteger(year) || year < 1868 || year > 2200) return null
  return (
    <div data-testid="fiscal-year-era" style={{ marginTop: 4, color: 'var(--theme-elevation-600)' }}>
      {i18n.language === 'en' ? formatFiscalYearEn(year) : formatFiscalYear(year)}
    </div>
  )
}
