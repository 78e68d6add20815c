import { Kind, parse, visit, type DocumentNode } from 'graphql'
import { inLanguage } from '@keikaku/content-schemas/language'
import type { Bilingual } from './messages.ts'

/** Selections in our schema nest a few levels; far deeper queries would only exhaust the server's stack. */
export const MAX_QUERY_DEPTH = 30
/** Requests to /api/graphql larger than this are refused before parsing. */
export const MAX_QUERY_BYTES = 200_000

const messages = {
  json: { ja: 'GraphQL の送信内容が正しい JSON ではありません。', en: 'The GraphQL request body is not valid JSON.' },
  contentType: {
    ja: 'GraphQL は Content-Type: application/json で {"query": "…"} を送ってください。',
    en: 'Send GraphQL as Content-Type: application/json with {"query": "…"}.',
  },
  query: { ja: 'GraphQL の query（文字列）がありません。', en: 'The GraphQL request has no query string.' },
  size: { ja: 'GraphQL のクエリが大きすぎます。', en: 'The GraphQL query is too large.' },
  depth: {
    ja: `GraphQL のクエリの入れ子が深すぎます（${MAX_QUERY_DEPTH}段まで）。`,
    en: `The GraphQL query is nested too deeply (at most ${MAX_QUERY_DEPTH} levels).`,
  },
  cycle: (name: string) => ({
    ja: `GraphQL のフラグメント「${name}」が自分自身を参照しています（循環）。`,
    en: `GraphQL fragment "${name}" refers to itself (a cycle).`,
  }),
  syntax: (detail: string) => ({
    ja: `GraphQL のクエリに構文の誤りがあります: ${detail}`,
    en: `The GraphQL query has a syntax error: ${detail}`,
  }),
} satisfies Record<string, Bilingual | ((arg: string) => Bilingual)>

/** Deepest `{` nesting of a query, outside strings and comments (counted without parsing). */
export function braceDepth(query: string): number {
  let depth = 0
  let deepest = 0
  for (let i = 0; i < query.length; i++) {
    const c = query[i]
    if (c === '#') {
      while (i < query.length && query[i] !== '\n') i++
    } else if (c === '"') {
      const block = query.startsWith('"""', i)
      const end = block ? query.indexOf('"""', i + 3) : -1
      if (block) i = end === -1 ? query.length : end + 2
      else for (i++; i < query.length && query[i] !== '"' && query[i] !== '\n'; i++) if (query[i] === '\\') i++
    } else if (c === '{') deepest = Math.max(deepest, ++depth)
    else if (c === '}') depth--
  }
  return deepest
}

/** The name of a fragment that spreads itself, directly or through others; null when there is none. */
export function fragmentCycle(document: DocumentNode): string | null {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const names: string[] = []
    visit(definition.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) })
    spreads.set(definition.name.value, names)
  }
  // Iterative depth-first search: white (unvisited), grey (on the path), black (done).
  const state = new Map<string, 'grey' | 'black'>()
  for (const start of spreads.keys()) {
    if (state.has(start)) continue
    const stack: Array<{ name: string; next: number }> = [{ name: start, next: 0 }]
    state.set(start, 'grey')
    while (stack.length > 0) {
      const top = stack[stack.length - 1]
      const children = spreads.get(top.name) ?? []
      if (top.next >= children.length) {
        state.set(top.name, 'black')
        stack.pop()
        continue
      }
      const child = children[top.next++]
      if (state.get(child) === 'grey') return child
      if (!state.has(child) && spreads.has(child)) {
        state.set(child, 'grey')
        stack.push({ name: child, next: 0 })
      }
    }
  }
  return null
}

/** The problem with a GraphQL request body before Payload sees it, or null when it may go on. */
export function graphqlRequestProblem(contentType: string, body: string): Bilingual | null {
  if (body.length > MAX_QUERY_BYTES) return messages.size
  if (!contentType.toLowerCase().startsWith('application/json')) return messages.contentType
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return messages.json
  }
  const query = (parsed as { query?: unknown } | null)?.query
  if (typeof query !== 'string' || query.trim() === '') return messages.query
  if (braceDepth(query) > MAX_QUERY_DEPTH) return messages.depth
  let document: DocumentNode
  try {
    document = parse(query)
  } catch (error) {
    return messages.syntax(error instanceof Error ? error.message.split('\n')[0] : String(error))
  }
  const cycle = fragmentCycle(document)
  return cycle ? messages.cycle(cycle) : null
}

const wantsEnglish = (request: Request) => /^en\b/i.test(request.headers.get('accept-language') ?? '')

/**
 * Client errors are 4xx with a message, never 500: malformed JSON, a body that is not a query, a query nested
 * beyond reason or with a fragment cycle (Payload's complexity rule would recurse until the stack overflows) are
 * answered 400 in GraphQL's error shape before Payload's handler runs.
 */
export function guardGraphQL(handler: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const body = await request.clone().text()
    const problem = graphqlRequestProblem(request.headers.get('content-type') ?? '', body)
    if (!problem) return handler(request)
    const message = inLanguage(problem, wantsEnglish(request) ? 'en' : 'ja')
    return Response.json({ errors: [{ message, extensions: { statusCode: 400 } }] }, { status: 400 })
  }
}
