import { readFileSync } from 'node:fs'
import type { MiddlewareHandler } from 'astro'
import { recordOfPage, SKIP_RECORDS_ENV, SKIPPED_PAGE } from '../lib/incremental.ts'

// Added by the keikaku-pagefind integration only for an incremental build (see lib/incremental.ts).
const skipped = new Set<string>(JSON.parse(readFileSync(process.env[SKIP_RECORDS_ENV]!, 'utf8')) as string[])
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/')

export const onRequest: MiddlewareHandler = (context, next) => {
  const pathname = decodeURI(context.url.pathname)
  const record = pathname.startsWith(base) ? recordOfPage(pathname.slice(base.length)) : null
  if (record !== null && skipped.has(record)) return new Response(SKIPPED_PAGE, { headers: { 'content-type': 'text/html' } })
  return next()
}
