import type { SnapshotProblem } from '@keikaku/content-schemas'
import type { CollectionSlug, Field, PayloadRequest } from 'payload'
import { escapeHtml } from '@keikaku/content-schemas/html'
import { languageOf, type Language } from '@keikaku/content-schemas/language'

const TEXT = {
  title: { ja: 'この下書きはまだ表示できません', en: 'This draft cannot be shown yet' },
  lead: {
    ja: '次の項目を入力・修正すると、サイトと同じ表示でプレビューできます。',
    en: 'Complete or correct these fields to preview the draft as the site will show it.',
  },
  back: { ja: '管理画面に戻って直す', en: 'Back to the admin to fix it' },
  missing: { ja: '入力されていません', en: 'is empty' },
  invalid: { ja: '内容が正しくありません', en: 'is not valid' },
  row: { ja: (n: number) => `${n}行目`, en: (n: number) => `row ${n}` },
  locale: { ja: { ja: '日本語', en: '英語' }, en: { ja: 'Japanese', en: 'English' } },
  record: { ja: '（文書全体）', en: '(whole record)' },
  paren: { ja: (s: string) => `（${s}）`, en: (s: string) => ` (${s})` },
}

const labelOf = (field: Field | undefined, language: Language): string | null => {
  const label = field && 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return (label as Record<string, string>)[language] ?? null
  return field && 'name' in field ? field.name : null
}

/** Fields by name, looking through rows, collapsibles and tabs (which have no name in the data). */
function findField(fields: Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if (!('name' in field) && 'fields' in field && Array.isArray(field.fields)) {
      const inner = findField(field.fields, name)
      if (inner) return inner
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const inner = 'name' in tab && tab.name === name ? (tab as unknown as Field) : findField(tab.fields, name)
        if (inner) return inner
      }
    }
  }
  return undefined
}

/** `actuals[4].value` → 実績値 5行目 › 値; `name.ja` → 指標名（日本語）. Unknown parts are kept as they are. */
export function fieldPath(fields: Field[], path: string, language: Language): string {
  const parts = path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '')
  const out: string[] = []
  let scope: Field[] | undefined = fields
  for (const part of parts) {
    if (/^\d+$/.test(part)) {
      out[out.length - 1] += ` ${TEXT.row[language](Number(part) + 1)}`
    } else if ((part === 'ja' || part === 'en') && out.length) {
      out[out.length - 1] += TEXT.paren[language](TEXT.locale[language][part])
    } else {
      const field: Field | undefined = scope ? findField(scope, part) : undefined
      out.push(labelOf(field, language) ?? part)
      scope = field && 'fields' in field && Array.isArray(field.fields) ? field.fields : undefined
    }
  }
  return out.join(' › ')
}

/** Zod's wording ("Too small: expected string…", "received null") as plain words for staff. */
const plain = (message: string, language: Language) =>
  /received (null|undefined)|too small|required|>=\s?1 character/i.test(message) ? TEXT.missing[language] : TEXT.invalid[language]

/**
 * What an incomplete draft still lacks before it can be shown (and published), by the fields' labels, with a link
 * back to the document in the admin. Not for indexing: it is a staff page.
 */
export function problemsPage(req: Pick<PayloadRequest, 'payload' | 'i18n'>, problems: SnapshotProblem[], collection: string, id: string): Response {
  const language = languageOf(req.i18n?.language)
  const fieldsOf = (slug: string) => req.payload.collections[slug as CollectionSlug]?.config.fields ?? []
  const rows = problems
    .map((p) => {
      const where = p.path ? fieldPath(fieldsOf(p.collection), p.path, language) : TEXT.record[language]
      const other = p.collection !== collection ? ` <small>(${escapeHtml(p.collection)}${p.key ? ` / ${escapeHtml(p.key)}` : ''})</small>` : ''
      return `<li><strong>${escapeHtml(where)}</strong>: ${escapeHtml(plain(p.message, language))}${other}</li>`
    })
    .join('')
  const admin = `/admin/collections/${encodeURIComponent(collection)}/${encodeURIComponent(id)}`
  const html = `<!doctype html><html lang="${language}"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="robots" content="noindex,nofollow">
<title>${TEXT.title[language]}</title>
<body style="font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.7">
<h1>${TEXT.title[language]}</h1>
<p>${TEXT.lead[language]}</p>
<ul>${rows}</ul>
<p><a href="${admin}">${TEXT.back[language]}</a></p></body></html>`
  return new Response(html, { status: 422, headers: { 'content-type': 'text/html; charset=utf-8', 'x-robots-tag': 'noindex' } })
}
