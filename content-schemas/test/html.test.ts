import { expect, it } from 'vitest'
import { escapeHtml } from '../src/html.ts'

it('escapes markup and both quotes, so text is safe in element content and in any quoted attribute', () => {
  expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;')
  expect(escapeHtml(2019)).toBe('2019')
})
