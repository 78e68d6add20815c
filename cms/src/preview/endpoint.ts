import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { COLLECTION_NAMES, SnapshotValidationError, type CollectionName } from '@keikaku/content-schemas'
import type { Endpoint, PayloadRequest } from 'payload'
import { runCommand, tail } from '../jobs/runCommand.ts'
import { PUBLISH_WORK_DIR } from '../paths.ts'
import { writeExport } from '../snapshot/writeExport.ts'
import { problemsPage } from './problemsPage.ts'

/** Where the static server serves previews (start.ts serves var/site/previews under /preview/). */
const previewUrl = () => (process.env.KEIKAKU_PREVIEW_URL ?? 'http://localhost:4321/preview').replace(/\/$/, '')

const previewCommand = () => process.env.KEIKAKU_PREVIEW_COMMAND ?? 'npm run --silent preview-snapshot -w @keikaku/scripts --'

const PREVIEW_TIMEOUT_MS = 3 * 60 * 1000

async function buildPreview(snapshotDir: string, token: string): Promise<void> {
  const { ok, output } = await runCommand(previewCommand(), [snapshotDir, token], PREVIEW_TIMEOUT_MS)
  if (!ok) throw new Error(tail(output, 30))
}

/**
 * GET /api/preview/:collection/:id — builds the site with this document's latest draft (everything else as
 * published) using the site's own components, then redirects to the page. A draft that breaks the contract gets
 * a page listing what is missing instead. Previews live under an unguessable URL; only signed-in staff start one.
 */
export const previewEndpoint: Endpoint = {
  path: '/preview/:collection/:id',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return new Response('ログインしてください / Please log in', { status: 401 })
    const collection = req.routeParams?.collection as CollectionName
    const id = req.routeParams?.id as string
    if (!COLLECTION_NAMES.includes(collection) || collection === 'media') return new Response('Unknown collection', { status: 404 })

    const token = randomBytes(16).toString('hex')
    const workDir = path.join(PUBLISH_WORK_DIR, `preview-${token}`)
    mkdirSync(workDir, { recursive: true })
    try {
      await writeExport(req.payload, workDir, { draft: { collection, id } })
      await buildPreview(workDir, token)
      const lang = req.locale === 'en' ? 'en/' : ''
      return Response.redirect(`${previewUrl()}/${token}/${lang}${collection}/${await keyOf(req, collection, id)}/`, 302)
    } catch (error) {
      if (error instanceof SnapshotValidationError) return problemsPage(req, error.problems, collection, id)
      return new Response(`プレビューを作成できませんでした / The preview failed:\n${(error as Error).message}`, {
        status: 500,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      })
    } finally {
      rmSync(workDir, { recursive: true, force: true })
    }
  },
}

async function keyOf(req: PayloadRequest, collection: CollectionName, id: string) {
  const doc = await req.payload.findByID({ collection: collection as never, id, draft: true, depth: 0, overrideAccess: true })
  return (doc as { key?: string }).key
}
