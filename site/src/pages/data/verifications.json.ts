import type { APIRoute } from 'astro'
import { entityHref } from '../../lib/links.ts'
import { verificationHref } from '../../lib/progress.ts'
import { verificationsJson } from '../../lib/progress-data.ts'
import { site } from '../../lib/site-data.ts'

export const GET: APIRoute = ({ site: siteUrl }) => {
  const { settings, snapshot } = site()
  const kpiUrl = (key: string) => new URL(entityHref('kpis', key, 'ja'), siteUrl).href
  const reportUrl = (plan: string, fy: number) => new URL(verificationHref(plan, fy, 'ja'), siteUrl).href
  return Response.json({ licence: settings.openDataLicence, exportedAt: snapshot.meta.exportedAt, ...verificationsJson(site(), kpiUrl, reportUrl) })
}
