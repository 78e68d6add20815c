import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { COLLECTION_NAMES, SnapshotValidationError, type CollectionName } from '@keikaku/content-schemas'
import type { Endpoint, PayloadRequest } from 'payload'
import { canEdit } from '../access/roles.ts'
import { runCommand, tail } from '../jobs/runCommand.ts'
import { say, type Bilingual } from '../messages.ts'
import { PUBLISH_WORK_DIR } from '../paths.ts'
import { writeExport } from '../snapshot/writeExport.ts'
import { problemsPage } from './problemsPage.ts'
import { Slots } from './slots.ts'

/** Where the static server serves previews (start.ts serves var/site/previews under /preview/). */
const previewUrl = () => (process.env.KEIKAKU_PREVIEW_URL ?? 'http://localhost:4321/preview').replace(/\/$/, '')

const previewCommand = () => process.env.KEIKAKU_PREVIEW_COMMAND ?? 'npm run --silent preview-snapshot -w @keikaku/scripts --'

const PREVIEW_TIMEOUT_MS = 3 * 60 * 1000

/** Previews built at the same time (each is a whole site build; two cores bear two). KEIKAKU_PREVIEW_LIMIT. */
export const previewSlots = new Slots(Number(process.env.KEIKAKU_PREVIEW_LIMIT) || 2)

const MESSAGES = {
  editorsOnly: { ja: 'プレビューは編集者・承認者・管理者が使えます。', en: 'Previews are for editors, approvers and administrators.' },
  busy: {
    ja: 'ほかのプレビューを作成中です。少し待ってからもう一度お試しください。',
    en: 'Other previews are being built. Please try again in a moment.',
  },
  failed: {
    ja: 'プレビューを作成できませんでした。しばらくしてからもう一度お試しください。続く場合は管理者にお知らせください（詳細はサーバーのログにあります）。',
    en: 'The preview could not be built. Please try again later, and tell an administrator if it keeps failing (details are in the server log).',
  },
} satisfies Record<string, Bilingual>

const text = (body: string, status: number, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } })

async function buildPreview(snapshotDir: string, token: string, slot: number): Promise<void> {
  const { ok, output } = await runCommand(previewCommand(), [snapshotDir, token, String(slot)], PREVIEW_TIMEOUT_MS)
  if (!ok) throw new Error(tail(output, 30))
}

/**
 * GET /api/preview/:collection/:id — builds the site with this document's latest draft (everything else as
 * published) using the site's own components, then redirects to the page. A draft that breaks the contract gets
 * a page listing what is missing instead. Previews live under an unguessable URL; editors and above start one,
 * a few at a time (each has its own build folder and Astro cache).
 */
export const previewEndpoint: Endpoint = {
  path: '/preview/:collection/:id',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return new Response('ログインしてください / Please log in', { status: 401 })
    if (!canEdit(req)) return text(say(req, MESSAGES.editorsOnly), 403)
    const collection = req.routeParams?.collection as CollectionName
    const id = req.routeParams?.id as string
    if (!COLLECTION_NAMES.includes(collection) || collection === 'media') return new Response('Unknown collection', { status: 404 })

    const slot = previewSlots.take()
    if (slot === null) return text(say(req, MESSAGES.busy), 503, { 'retry-after': '30' })
    const token = randomBytes(16).toString('hex')
    const workDir = path.join(PUBLISH_WORK_DIR, `preview-${token}`)
    try {
      mkdirSync(workDir, { recursive: true })
      await writeExport(req.payload, workDir, { draft: { collection, id } })
      await buildPreview(workDir, token, slot)
      const lang = req.locale === 'en' ? 'en/' : ''
      return Response.redirect(`${previewUrl()}/${token}/${lang}${collection}/${await keyOf(req, collection, id)}/`, 302)
    } catch (error) {
      if (error instanceof SnapshotValidationError) return problemsPage(req, error.problems, collection, id)
      // The build log names server paths: it goes to the server's log, the editor gets a short message.
      req.payload.logger.error({ err: error, msg: `Preview of ${collection} ${id} failed` })
      return text(say(req, MESSAGES.failed), 500)
    } finally {
      previewSlots.release(slot)
      rmSync(workDir, { recursive: true, force: true })
    }
  },
}

async function keyOf(req: PayloadRequest, collection: CollectionName, id: string) {
  const doc = await req.payload.findByID({ collection: collection, id, draft: true, depth: 0, overrideAccess: true })
  return (doc as { key?: string }).key
}
