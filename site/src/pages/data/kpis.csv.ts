import type { APIRoute } from 'astro'
import { kpiCsvRows, toCsv } from '../../lib/kpi-data.ts'
import { site } from '../../lib/site-data.ts'

export const GET: APIRoute = () =>
  new Response(
    toCsv(
      site()
        .kpisSorted()
        .flatMap((kpi) => kpiCsvRows(kpi, site().settings.municipalityCode)),
    ),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  )
