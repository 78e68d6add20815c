import type { APIRoute } from 'astro'
import { entityHref } from '../../lib/links.ts'
import { progressJson } from '../../lib/progress-data.ts'
import { site } from '../../lib/site-data.ts'

export const GET: APIRoute = ({ site: siteUrl }) => {
  const { settings, snapshot } = site()
  const kpiUrl = (key: string) => new URL(entityHref('kpis', key, 'ja'), siteUrl).href
  return Response.json({ licence: settings.openDataLicence, exportedAt: snapshot.meta.exportedAt, ...progressJson(site(), kpiUrl) })
}
