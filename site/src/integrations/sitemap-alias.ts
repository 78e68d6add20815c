import { copyFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

/** @astrojs/sitemap writes sitemap-index.xml; crawlers and the city's host look for /sitemap.xml too. */
export function sitemapAlias(): AstroIntegration {
  return {
    name: 'keikaku-sitemap-alias',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await copyFile(fileURLToPath(new URL('sitemap-index.xml', dir)), fileURLToPath(new URL('sitemap.xml', dir)))
      },
    },
  }
}
