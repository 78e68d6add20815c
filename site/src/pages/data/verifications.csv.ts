import type { APIRoute } from 'astro'
import { VERIFICATION_CSV_COLUMNS, verificationCsvRows, toCsvWith } from '../../lib/progress-data.ts'
import { site } from '../../lib/site-data.ts'

export const GET: APIRoute = () =>
  new Response(toCsvWith(VERIFICATION_CSV_COLUMNS, verificationCsvRows(site())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
