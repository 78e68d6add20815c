import { z } from 'zod'

/**
 * What the publish command (scripts/publish-snapshot.ts) tells the CMS job that runs it, one line each on its
 * output: when the new pages are live (the search index and changed PDFs may still follow), and the final result.
 */
export const PublishLive = z.object({ build: z.string().min(1), pending: z.array(z.string()) })
export type PublishLive = z.infer<typeof PublishLive>

const LIVE = 'KEIKAKU_PUBLISH_LIVE'
const RESULT = 'KEIKAKU_PUBLISH_RESULT'

export const publishLiveLine = (live: PublishLive) => `${LIVE} ${JSON.stringify(live)}`
export const publishResultLine = (result: { build: string }) => `${RESULT} ${JSON.stringify(result)}`

/** The live line in a piece of output, if it holds one. */
export function readPublishLive(output: string): PublishLive | null {
  const json = output.match(new RegExp(`^${LIVE} (\\{.*\\})$`, 'm'))?.[1]
  return json ? PublishLive.parse(JSON.parse(json)) : null
}

/** The build id of the result line, if the output holds one. */
export function readPublishResult(output: string): { build: string } | null {
  const json = output.match(new RegExp(`^${RESULT} (\\{.*\\})$`, 'm'))?.[1]
  return json ? z.object({ build: z.string() }).parse(JSON.parse(json)) : null
}
