import type { APIRoute } from 'astro'
import { href } from '../lib/links.ts'

export const GET: APIRoute = ({ site }) => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href('sitemap.xml', 'ja'), site).href}\n`)
