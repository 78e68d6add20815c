'use client'
import { Button, toast, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { useState } from 'react'
import { PUBLISH_NOW } from './text.ts'
import type { Label } from '@keikaku/content-schemas/common'
import { inLanguage } from '@keikaku/content-schemas/language'

/** 今すぐ公開: asks for a site publish now (a row in the publish history, which queues the job). Admins only. */
export function PublishNowButton() {
  const { i18n } = useTranslation()
  const t = (m: Label) => inLanguage(m, i18n.language)
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const publish = async () => {
    setBusy(true)
    try {
      const response = await fetch('/api/site-publishes', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': i18n.language },
        body: JSON.stringify({ reason: t(PUBLISH_NOW.reason) }),
      })
      const body = (await response.json().catch(() => ({}))) as { errors?: Array<{ message: string }> }
      if (!response.ok) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`)
      toast.success(t(PUBLISH_NOW.queued))
      router.refresh()
    } catch (error) {
      toast.error(`${t(PUBLISH_NOW.failed)} ${(error as Error).message}`)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button buttonStyle="primary" size="small" disabled={busy} onClick={publish} margin={false}>
      {t(PUBLISH_NOW.label)}
    </Button>
  )
}
