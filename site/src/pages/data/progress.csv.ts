import type { APIRoute } from 'astro'
import { PROGRESS_CSV_COLUMNS, progressCsvRows, toCsvWith } from '../../lib/progress-data.ts'
import { site } from '../../lib/site-data.ts'

export const GET: APIRoute = () =>
  new Response(toCsvWith(PROGRESS_CSV_COLUMNS, progressCsvRows(site())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
