import type { APIRoute } from 'astro'
import { kpiJson } from '../../lib/kpi-data.ts'
import { entityHref } from '../../lib/links.ts'
import { site } from '../../lib/site-data.ts'

export const GET: APIRoute = ({ site: siteUrl }) => {
  const { settings, snapshot } = site()
  const kpis = site()
    .kpisSorted()
    .map((k) => kpiJson(k, new URL(entityHref('kpis', k.key, 'ja'), siteUrl).href))
  return Response.json({ licence: settings.openDataLicence, exportedAt: snapshot.meta.exportedAt, kpis })
}
