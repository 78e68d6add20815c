import path from 'node:path'
import mdx from '@astrojs/mdx'
import sitemap from '@astrojs/sitemap'
import { readSnapshot, snapshotMediaDir } from '@keikaku/content-schemas/io'
import { defineConfig } from 'astro/config'
import { cacheDir, outDir, resolveSiteLocation, snapshotDir } from './src/env.ts'
import { pagefind } from './src/integrations/pagefind.ts'
import { skippedPages } from './src/lib/incremental.ts'
import { sitemapAlias } from './src/integrations/sitemap-alias.ts'
import { formerKeyRedirects } from './src/lib/redirects.ts'

// Read (and validate) once here for the URL settings; an invalid snapshot stops the build before any page.
const snapshot = readSnapshot(snapshotDir)
const { site, base } = resolveSiteLocation(snapshot.settings.baseUrl)

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir,
  cacheDir,
  redirects: formerKeyRedirects(snapshot, base),
  // Four pages at a time: one at a time, the build waits on each page's folder and file being written for half of
  // its render phase (a CPU profile of the 5,000-page plan: main thread idle 50 %). Render phase on that plan:
  // 29–31 s one at a time, 12–20 s four at a time, on the same busy 2-core machine.
  build: { format: 'directory', concurrency: 4 },
  // Images come from the snapshot folder, outside src/.
  vite: {
    // Vite's own cache beside Astro's, so that builds running at once (a preview, a publish) never share one.
    ...(cacheDir ? { cacheDir: path.join(cacheDir, 'vite') } : {}),
    resolve: { alias: { '@snapshot-media': snapshotMediaDir(snapshotDir) } },
    // An inlined script loses Vite's preload helper, which the search page's dynamic import of Pagefind needs.
    build: { assetsInlineLimit: 0 },
  },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !/\/404\/?$/.test(page),
      i18n: { defaultLocale: 'ja', locales: { ja: 'ja-JP', en: 'en' } },
      // An incremental build renders only some pages; the ones it takes from the previous build are listed too.
      customPages: skippedPages().map((page) => new URL(`${base.replace(/\/?$/, '/')}${page}`, site).href),
    }),
    sitemapAlias(),
    pagefind({ readings: snapshot.settings.readings }),
  ],
})
