import type { APIRoute, GetStaticPaths } from 'astro'
import type { Kpi } from '@keikaku/content-schemas'
import { kpiJson } from '../../../lib/kpi-data.ts'
import { entityHref } from '../../../lib/links.ts'
import { unlessSkipped } from '../../../lib/paths.ts'
import { site } from '../../../lib/site-data.ts'

export const getStaticPaths = (() =>
  unlessSkipped('kpis', site().snapshot.kpis).map((kpi) => ({ params: { key: kpi.key }, props: { kpi } }))) satisfies GetStaticPaths

export const GET: APIRoute = ({ props, site: siteUrl }) => {
  const kpi = props.kpi as Kpi
  return Response.json({ licence: site().settings.openDataLicence, kpi: kpiJson(kpi, new URL(entityHref('kpis', kpi.key, 'ja'), siteUrl).href) })
}
