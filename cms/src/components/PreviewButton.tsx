'use client'
import { ExternalLinkIcon, useLivePreviewContext, useTranslation } from '@payloadcms/ui'

/** Payload's preview button is a bare icon; staff need to read what it does: ↗ プレビュー. */
export function PreviewButton() {
  const { previewURL } = useLivePreviewContext()
  const { t } = useTranslation()
  if (!previewURL) return null
  return (
    <a className="preview-btn" href={previewURL} id="preview-button" target="_blank" rel="noopener" style={{ width: 'auto', gap: 4, padding: '0 8px' }}>
      <ExternalLinkIcon />
      <span>{t('version:preview')}</span>
    </a>
  )
}
