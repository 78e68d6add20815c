import { APIError, type CollectionBeforeOperationHook, type CollectionConfig, type PayloadRequest } from 'payload'
import { validID } from '../fields/link.ts'
import { applyFieldRules, DRAFT_SAVE } from '../fields/rules.ts'
import { say } from '../messages.ts'
import type { Label } from '@keikaku/content-schemas/common'

/** The most documents one request may list (`limit`): more is paging. */
export const MAX_LIMIT = 1000
/** Documents here nest a few levels (groups, arrays, rich text); far deeper JSON is an attack or a bug. */
export const MAX_BODY_DEPTH = 64

const badRequest = (req: PayloadRequest, message: Label) => new APIError(say(req, message), 400, null, true)

/** Depth of nested objects and arrays, counted without recursion (a deep body would overflow the stack). */
export function depthOf(value: unknown, limit = MAX_BODY_DEPTH): number {
  let deepest = 0
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (node === null || typeof node !== 'object') continue
    deepest = Math.max(deepest, depth + 1)
    if (deepest > limit) return deepest
    for (const child of Object.values(node)) stack.push([child, depth + 1])
  }
  return deepest
}

const isPlainObject = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * Client errors are 4xx with a message, never 500: a body that is missing or not a JSON object, JSON nested
 * beyond reason, an id the database cannot hold, a `limit` out of range. Local API calls from server code pass.
 */
export const refuseMalformedRequests: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  // Validators read it (fields/rules.ts): only an explicit draft save may leave required fields empty.
  if (operation !== 'read') req.context[DRAFT_SAVE] = (args as { draft?: unknown }).draft === true
  if (req.payloadAPI === 'local') return args
  const { data, id, limit } = args as { data?: unknown; id?: unknown; limit?: unknown }
  if (id !== undefined && id !== null && !validID(req, id)) {
    // Payload has already turned "abc" into NaN: show what the client sent.
    const shown = String((req.routeParams as { id?: unknown } | undefined)?.id ?? id)
    throw new APIError(say(req, { ja: `ID「${shown}」のレコードはありません。`, en: `No record with id "${shown}".` }), 404, null, true)
  }
  if (operation === 'create' || operation === 'update') {
    if (!isPlainObject(data)) {
      throw badRequest(req, {
        ja: '送信内容が JSON オブジェクトではありません。Content-Type: application/json で {…} を送ってください。',
        en: 'The request body is not a JSON object: send {…} with Content-Type: application/json.',
      })
    }
    if (depthOf(data) > MAX_BODY_DEPTH) {
      throw badRequest(req, {
        ja: `送信内容の入れ子が深すぎます（${MAX_BODY_DEPTH}段まで）。`,
        en: `The request body is nested too deeply (at most ${MAX_BODY_DEPTH} levels).`,
      })
    }
  }
  // Payload's own check of a link against its field's filterOptions lists the linked ids with limit 0 and no
  // pagination, on the client's request: not a client's limit (and an unpaginated list is unbounded anyway).
  const internalList =
    limit === 0 && (args as { pagination?: unknown }).pagination === false && (req.query as { limit?: unknown } | undefined)?.limit === undefined
  if (operation === 'read' && !internalList) {
    const raw = (req.query as { limit?: unknown } | undefined)?.limit ?? limit
    if (raw !== undefined && raw !== null && raw !== '') {
      const n = Number(raw)
      if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) {
        throw badRequest(req, {
          ja: `limit（${String(raw)}）は 1〜${MAX_LIMIT} の整数で指定してください。`,
          en: `limit (${String(raw)}) must be a whole number from 1 to ${MAX_LIMIT}.`,
        })
      }
    }
  }
  return args
}

/** Every collection: the shared field rules on its fields and the request checks before each operation. */
export function withRequestChecks(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({
    ...collection,
    fields: applyFieldRules(collection.fields),
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseMalformedRequests, ...(collection.hooks?.beforeOperation ?? [])],
    },
  }))
}
