import { z } from 'zod'

/**
 * What the publish command (scripts/publish-snapshot.ts) tells the CMS job that runs it, one line each on its
 * output: when the new pages are live (the search index and changed PDFs may still follow), and the final result.
 */
export const PublishLive = z.object({ build: z.string().min(1), pending: z.array(z.string()) })
export type PublishLive = z.infer<typeof PublishLive>
export const PublishResult = z.object({ build: z.string() })

const LIVE = 'KEIKAKU_PUBLISH_LIVE'
const RESULT = 'KEIKAKU_PUBLISH_RESULT'

export const publishLiveLine = (live: PublishLive) => `${LIVE} ${JSON.stringify(live)}`
export const publishResultLine = (result: z.infer<typeof PublishResult>) => `${RESULT} ${JSON.stringify(result)}`

/**
 * The value of the first `marker` line in some output (one line or many), if it holds a valid one. Never throws: the
 * job reads lines as they come, and a garbled line must not stop the server; the final result missing is an error there.
 */
function readLine<T>(output: string, marker: string, schema: z.ZodType<T>): T | null {
  const json = output.match(new RegExp(`^${marker} (\\{.*\\})$`, 'm'))?.[1]
  if (!json) return null
  try {
    return schema.safeParse(JSON.parse(json)).data ?? null
  } catch {
    return null // not JSON
  }
}

export const readPublishLive = (output: string) => readLine(output, LIVE, PublishLive)
export const readPublishResult = (output: string) => readLine(output, RESULT, PublishResult)
