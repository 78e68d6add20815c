/**
 * The floor for the site build: a bare Astro project, generated into a folder of its own, with one catch-all route
 * that renders every record of a snapshot as a page per locale with its text and nothing else (no layout, no
 * links, no furigana, no integrations), indexed by Pagefind's Node API with `addDirectory`, and a bare search page.
 * It uses the repository's installed astro and pagefind (a `node_modules` link), so the two builds differ only in
 * what Keikaku adds.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..')

const CONFIG = `import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { close, createIndex } from 'pagefind'

export default {
  outDir: process.env.FLOOR_OUT_DIR,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    {
      name: 'floor-pagefind',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const started = performance.now()
          const root = fileURLToPath(dir)
          const { index, errors } = await createIndex()
          if (!index) throw new Error(errors.join('; '))
          try {
            const added = await index.addDirectory({ path: root })
            if (added.errors.length) throw new Error(added.errors.join('; '))
            const written = await index.writeFiles({ outputPath: path.join(root, 'pagefind') })
            if (written.errors.length) throw new Error(written.errors.join('; '))
            logger.info(\`pagefind: indexed \${added.page_count} pages in \${Math.round(performance.now() - started)} ms\`)
          } finally {
            await close()
          }
        },
      },
    },
  ],
}
`

// Every localized text of a record ({ ja, en } anywhere in it), in the page's language (English falls back to
// Japanese, as on the site); the first one is the title.
const ROUTE = `---
import { readFileSync } from 'node:fs'
import path from 'node:path'

export function getStaticPaths() {
  const dir = process.env.FLOOR_SNAPSHOT_DIR
  const collections = JSON.parse(process.env.FLOOR_COLLECTIONS)
  const texts = (value, locale, out = []) => {
    if (Array.isArray(value)) for (const v of value) texts(v, locale, out)
    else if (value && typeof value === 'object') {
      if (typeof value.ja === 'string' && 'en' in value) out.push(locale === 'en' && value.en ? value.en : value.ja)
      else for (const v of Object.values(value)) texts(v, locale, out)
    }
    return out
  }
  return collections.flatMap((collection) => {
    const records = JSON.parse(readFileSync(path.join(dir, collection + '.json'), 'utf8'))
    return ['ja', 'en'].flatMap((locale) =>
      records.map((record) => ({
        params: { path: (locale === 'en' ? 'en/' : '') + collection + '/' + record.key },
        props: { locale, texts: texts(record, locale) },
      })),
    )
  })
}
const { locale, texts } = Astro.props
---
<!doctype html>
<html lang={locale}>
  <head><meta charset="utf-8" /><title>{texts[0]}</title></head>
  <body>
    <main>
      <h1>{texts[0]}</h1>
      {texts.slice(1).map((text) => <p>{text}</p>)}
    </main>
  </body>
</html>
`

// The floor's search: Pagefind's API as its docs show it, the way the site's page calls it (in the page, no worker,
// the first five results' fragments), with nothing else on the page. The bench times a first search on it.
const SEARCH_PAGE = `<!doctype html>
<html lang="ja">
  <head><meta charset="utf-8" /><title>検索</title></head>
  <body>
    <p id="search-status"></p>
    <ol id="search-results"></ol>
    <script type="module">
      const pagefind = await import('/pagefind/pagefind.js')
      await pagefind.options({ noWorker: true })
      await pagefind.init()
      const { results } = await pagefind.search(new URLSearchParams(location.search).get('q'))
      for (const item of await Promise.all(results.slice(0, 5).map((r) => r.data()))) {
        const li = document.createElement('li')
        li.innerHTML = \`<a href="\${item.url}">\${item.meta.title}</a><p>\${item.excerpt}</p>\`
        document.getElementById('search-results').append(li)
      }
      const status = document.getElementById('search-status')
      status.textContent = results.length
      status.dataset.state = 'done'
    </script>
  </body>
</html>
`

/** Writes the floor project into `dir` (which must be new); `npx astro build` there builds it. */
export function writeFloorProject(dir: string): void {
  mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true })
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'keikaku-bench-floor', private: true, type: 'module' }, null, 2)}\n`)
  writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG)
  writeFileSync(path.join(dir, 'src', 'pages', '[...path].astro'), ROUTE)
  mkdirSync(path.join(dir, 'public', 'search'), { recursive: true })
  writeFileSync(path.join(dir, 'public', 'search', 'index.html'), SEARCH_PAGE)
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
}

/** The environment the floor's build reads: the snapshot, the collections that have a page per record, the output. */
export function floorEnv(snapshotDir: string, collections: readonly string[], outDir: string): Record<string, string> {
  return {
    FLOOR_SNAPSHOT_DIR: snapshotDir,
    FLOOR_COLLECTIONS: JSON.stringify(collections),
    FLOOR_OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  }
}
