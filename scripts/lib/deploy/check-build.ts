import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { RECORD_COLLECTIONS, type Snapshot } from '@keikaku/content-schemas'
import { extractRefs } from '../html-refs.ts'
import { htmlFiles } from './print.ts'

export interface BuildProblem {
  page: string
  message: string
}

/** href/src values of one page, without feed links (rel=alternate with a type). */
const linksOf = (html: string): string[] =>
  extractRefs(html)
    .refs.filter((r) => r.attribute !== 'srcset' && !(r.tag === 'link' && r.rel === 'alternate' && r.attribute === 'href' && r.type))
    .map((r) => r.value)

/** Whether a site path (under the base) exists in the build, as a static host would answer it. */
function exists(dir: string, sitePath: string): boolean {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0])
  const file = path.join(dir, clean)
  return (existsSync(file) && !clean.endsWith('/')) || existsSync(path.join(file, 'index.html')) || existsSync(`${file.replace(/\/$/, '')}.html`)
}

/**
 * Checks a finished build before it may go live: every record of the snapshot has its page (Japanese and English),
 * and no internal link or asset is broken. `base` is the site's base path (e.g. "/" or "/keikaku/"). `pages` limits
 * the link check to some page files (an incremental build's rendered pages: the reused ones passed it, and no page
 * they link to went away, since records added or removed force a full build).
 */
export function checkBuild(dir: string, snapshot: Snapshot, base = '/', pages?: string[]): BuildProblem[] {
  const problems: BuildProblem[] = []
  if (!existsSync(path.join(dir, 'index.html'))) return [{ page: '/', message: 'no index.html: the build is empty' }]

  for (const collection of RECORD_COLLECTIONS) {
    for (const record of snapshot[collection]) {
      for (const locale of ['', 'en/']) {
        const page = `${locale}${collection}/${record.key}/`
        if (!exists(dir, page)) problems.push({ page: `/${page}`, message: `missing page for ${collection}[key=${record.key}]` })
      }
    }
  }

  for (const file of pages?.filter((f) => f.endsWith('.html')) ?? htmlFiles(dir)) {
    const page = `/${file.replace(/index\.html$/, '')}`
    for (const link of linksOf(readFileSync(path.join(dir, file), 'utf8'))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//') || link.startsWith('#')) continue
      const absolute = link.startsWith('/') ? link : new URL(link, `http://site${base}${file}`).pathname
      if (!absolute.startsWith(base)) {
        problems.push({ page, message: `link outside the site base ${base}: ${link}` })
        continue
      }
      if (!exists(dir, absolute.slice(base.length))) problems.push({ page, message: `broken link: ${link}` })
    }
  }
  return problems
}
