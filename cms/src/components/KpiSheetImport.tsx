'use client'
import { Button, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'
import { inLanguage } from '@keikaku/content-schemas/language'
import { KPI_SHEET_TEXT } from '../kpi-sheets/text.ts'

interface Answer {
  ok: boolean
  lines: string[]
  changes?: number
  canPublish?: boolean
  applied?: number
}

const send = async (path: string, file: File): Promise<Answer> => {
  const response = await fetch(path, { method: 'POST', body: file, credentials: 'include', headers: { 'content-type': 'application/octet-stream' } })
  return (await response.json()) as Answer
}

/** Above the KPI list: upload a filled-in sheet, see the changes (or every problem), then confirm. */
export function KpiSheetImport() {
  const { i18n } = useTranslation()
  const text = (key: keyof typeof KPI_SHEET_TEXT) => inLanguage(KPI_SHEET_TEXT[key], i18n.language)
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<Answer | null>(null)
  const [result, setResult] = useState<Answer | null>(null)
  const [busy, setBusy] = useState(false)

  const check = async () => {
    if (!file) return
    setBusy(true)
    setResult(null)
    setPreview(await send('/api/kpis/sheet/check', file).finally(() => setBusy(false)))
  }
  const apply = async (publish: boolean) => {
    if (!file) return
    setBusy(true)
    const answer = await send(`/api/kpis/sheet/apply${publish ? '?publish=1' : ''}`, file).finally(() => setBusy(false))
    setResult(answer)
    if (answer.ok) setPreview(null)
  }

  return (
    <section aria-labelledby="kpi-sheet-import" style={{ marginBottom: 24 }}>
      <h3 id="kpi-sheet-import">{text('importHeading')}</h3>
      <p>{text('importHelp')}</p>
      <label>
        {text('file')}{' '}
        <input
          type="file"
          name="kpiSheetFile"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null)
            setPreview(null)
            setResult(null)
          }}
        />
      </label>{' '}
      <Button buttonStyle="secondary" size="small" disabled={!file || busy} onClick={check}>
        {busy && !preview ? text('checking') : text('check')}
      </Button>
      {preview ? (
        <div data-testid="kpi-sheet-preview" role={preview.ok ? 'status' : 'alert'}>
          <h4 style={{ color: preview.ok ? undefined : 'var(--theme-error-500)' }}>{preview.ok ? text('changes') : text('problems')}</h4>
          <ul>
            {preview.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          {preview.ok && (preview.changes ?? 0) > 0 ? (
            <>
              <Button size="small" disabled={busy} onClick={() => apply(false)}>
                {busy ? text('saving') : text('submit')}
              </Button>{' '}
              {preview.canPublish ? (
                <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => apply(true)}>
                  {text('publish')}
                </Button>
              ) : null}
            </>
          ) : null}
        </div>
      ) : null}
      {result ? (
        <div data-testid="kpi-sheet-result" role={result.ok ? 'status' : 'alert'}>
          <p style={{ fontWeight: 600, color: result.ok ? 'var(--theme-success-500)' : 'var(--theme-error-500)' }}>
            {result.ok ? `${text('done')}: ${result.lines.at(-1)}` : text('failed')}
          </p>
          {result.ok ? null : (
            <ul>
              {result.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </section>
  )
}
