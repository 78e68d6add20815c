import type { SnapshotProblem } from '@keikaku/content-schemas'

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/** What an incomplete draft still lacks before it can be shown (and published). */
export function problemsPage(problems: SnapshotProblem[], collection: string): Response {
  const rows = problems
    .map((p) => `<li><code>${escape(p.collection)}${p.key ? ` / ${escape(p.key)}` : ''}</code> — <strong>${escape(p.path || '(record)')}</strong>: ${escape(p.message)}</li>`)
    .join('')
  const html = `<!doctype html><html lang="ja"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>プレビューできません / Cannot preview</title>
<body style="font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.7">
<h1>この下書きはまだ表示できません</h1>
<p>次の項目を入力・修正すると、サイトと同じ表示でプレビューできます（${escape(collection)}）。<br>
This draft cannot be shown yet. Complete or correct these fields:</p>
<ul>${rows}</ul></body></html>`
  return new Response(html, { status: 422, headers: { 'content-type': 'text/html; charset=utf-8' } })
}
