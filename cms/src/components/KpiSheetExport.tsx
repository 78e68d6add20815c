'use client'
import { Button, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'
import { inLanguage } from '@keikaku/content-schemas/language'
import { KPI_SHEET_TEXT } from '../kpi-sheets/text.ts'

/** The list's filter (the `where[…]` of its URL) as a query string for the sheet endpoint. */
function listFilter(): string {
  const params = new URLSearchParams(window.location.search)
  return [...params]
    .filter(([name]) => name.startsWith('where'))
    .map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`)
    .join('&')
}

/** Above the KPI list: download the filtered KPIs as the KPI sheet (XLSX or CSV), optionally with a year to fill in. */
export function KpiSheetExport() {
  const { i18n } = useTranslation()
  const text = (key: keyof typeof KPI_SHEET_TEXT) => inLanguage(KPI_SHEET_TEXT[key], i18n.language)
  const [fiscalYear, setFiscalYear] = useState('')
  const download = (format: 'xlsx' | 'csv') => {
    const query = [`format=${format}`, /^\d{4}$/.test(fiscalYear) ? `fiscalYear=${fiscalYear}` : '', listFilter()].filter(Boolean).join('&')
    window.location.assign(`/api/kpis/sheet?${query}`)
  }
  return (
    <section aria-labelledby="kpi-sheet-export" style={{ marginBottom: 16 }}>
      <h3 id="kpi-sheet-export">{text('exportHeading')}</h3>
      <p>{text('exportHelp')}</p>
      <label>
        {text('fiscalYear')}{' '}
        <input
          name="kpiSheetFiscalYear"
          inputMode="numeric"
          pattern="\d{4}"
          value={fiscalYear}
          onChange={(e) => setFiscalYear(e.target.value.trim())}
          style={{ width: '6em' }}
        />
      </label>{' '}
      <Button buttonStyle="secondary" size="small" onClick={() => download('xlsx')}>
        {text('exportXlsx')}
      </Button>{' '}
      <Button buttonStyle="secondary" size="small" onClick={() => download('csv')}>
        {text('exportCsv')}
      </Button>
    </section>
  )
}
