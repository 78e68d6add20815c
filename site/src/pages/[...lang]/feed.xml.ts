import type { APIRoute } from 'astro'
import { atomFeed } from '../../lib/feed.ts'
import { localeOf } from '../../lib/i18n.ts'
import { href } from '../../lib/links.ts'
import { bothLocales } from '../../lib/paths.ts'
import { site } from '../../lib/site-data.ts'

export const getStaticPaths = bothLocales

export const GET: APIRoute = ({ params, site: siteUrl }) => {
  const locale = localeOf(params.lang)
  return new Response(atomFeed(site(), { site: siteUrl!, locale, selfHref: href('feed.xml', locale) }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  })
}
