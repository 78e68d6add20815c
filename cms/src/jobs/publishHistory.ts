import type { Payload, Where } from 'payload'

export const INTERRUPTED_ERROR =
  '中断されました: 公開の途中でサーバーが停止したか、制限時間を超えました。公開サイトは変更されていません。' +
  '\nInterrupted: the server stopped during the publish, or it ran past its time limit. The live site is unchanged.'

/** Marks publish history rows as interrupted; returns their ids. */
export async function markInterrupted(payload: Payload, where: Where): Promise<string[]> {
  const { docs } = await payload.update({
    collection: 'site-publishes',
    where,
    data: { status: 'interrupted', error: INTERRUPTED_ERROR, finishedAt: new Date().toISOString() },
    overrideAccess: true,
    context: { fromJob: true },
  })
  return docs.map((doc) => String(doc.id))
}
