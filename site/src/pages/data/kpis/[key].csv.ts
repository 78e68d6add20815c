import type { APIRoute, GetStaticPaths } from 'astro'
import type { Kpi } from '@keikaku/content-schemas'
import { kpiCsvRows, toCsv } from '../../../lib/kpi-data.ts'
import { unlessSkipped } from '../../../lib/paths.ts'
import { site } from '../../../lib/site-data.ts'

export const getStaticPaths = (() =>
  unlessSkipped('kpis', site().snapshot.kpis).map((kpi) => ({ params: { key: kpi.key }, props: { kpi } }))) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) =>
  new Response(toCsv(kpiCsvRows(props.kpi as Kpi, site().settings.municipalityCode)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
