import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const BANNER = {
  ja: '下書きのプレビュー（公開されていません）',
  en: 'Draft preview (not published)',
}

const STYLE =
  'position:sticky;top:0;z-index:1000;margin:0;padding:.6em 1em;background:#b3261e;color:#fff;font:bold 1rem/1.5 system-ui,sans-serif;text-align:center'

/** One page marked as a preview: not indexed by search engines, and a banner no one can mistake for the live site. */
export function markHtml(html: string): string {
  const lang = /<html[^>]*\blang="en"/.test(html) ? 'en' : 'ja'
  const banner = `<p role="alert" data-preview-banner style="${STYLE}">${BANNER[lang]}</p>`
  return html.replace(/<head([^>]*)>/, '<head$1><meta name="robots" content="noindex,nofollow">').replace(/<body([^>]*)>/, `<body$1>${banner}`)
}

/** Marks every HTML page of a built preview (see markHtml). */
export function markPreview(dir: string): number {
  let count = 0
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) count += markPreview(full)
    else if (name.endsWith('.html')) {
      writeFileSync(full, markHtml(readFileSync(full, 'utf8')))
      count++
    }
  }
  return count
}
