import type { Payload, Where } from 'payload'

export const INTERRUPTED_ERROR =
  '中断されました: 公開の途中でサーバーが停止したか、制限時間を超えました。公開サイトは変更されていません。' +
  '\nInterrupted: the server stopped during the publish, or it ran past its time limit. The live site is unchanged.'

export const INTERRUPTED_AFTER_LIVE_ERROR =
  '中断されました: 新しいページは公開済みですが、検索索引・PDFを作る途中でサーバーが停止したか、制限時間を超えました。次の公開で作り直します。' +
  '\nInterrupted after the new pages went live, while the search index and PDFs were being made. The next publish makes them.'

/**
 * Marks publish history rows as interrupted; returns their ids. A row whose pages had already gone live (`liveAt`)
 * is 一部未完了 instead: the live site did change.
 */
export async function markInterrupted(payload: Payload, where: Where): Promise<string[]> {
  const mark = async (also: Where, data: Record<string, unknown>) => {
    const { docs } = await payload.update({
      collection: 'site-publishes',
      where: { and: [where, also] },
      data: { ...data, finishedAt: new Date().toISOString() },
      overrideAccess: true,
      context: { fromJob: true },
    })
    return docs.map((doc) => String(doc.id))
  }
  const afterLive = await mark({ liveAt: { exists: true } }, { status: 'incomplete', error: INTERRUPTED_AFTER_LIVE_ERROR })
  const beforeLive = await mark({ liveAt: { exists: false } }, { status: 'interrupted', error: INTERRUPTED_ERROR })
  return [...afterLive, ...beforeLive]
}
