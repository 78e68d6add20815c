import { beforeAll } from 'vitest'
import { cachePublicReads, keptCollections } from '../src/api/publicReadCache.ts'
import { guardGraphQL } from '../src/graphqlGuard.ts'
import type { TestCms } from './cms.ts'

export interface HttpAnswer {
  status: number
  text: string
  headers: Headers
  /** The parsed JSON body (undefined when the body is not JSON). */
  json: any // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface RequestOptions {
  token?: string
  /** A JSON value (serialized), or a raw body sent as is (a string, or FormData for uploads). */
  body?: unknown
  raw?: string | FormData
  contentType?: string
  language?: 'ja' | 'en'
}

export interface TestHttp {
  /** `/api/...` through Payload's Next.js REST route handlers, as `next start` serves them. */
  rest(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, options?: RequestOptions): Promise<HttpAnswer>
  /** `/api/graphql` through Payload's Next.js GraphQL route handler. */
  graphql(query: string, options?: RequestOptions & { variables?: Record<string, unknown> }): Promise<HttpAnswer>
  /** A session token of a user (as the admin's login sets it). */
  login(email: string, password?: string): Promise<string>
}

const ORIGIN = 'http://localhost:3000'

async function answer(response: Response): Promise<HttpAnswer> {
  const text = await response.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, text, headers: response.headers, json }
}

function request(method: string, path: string, { token, body, raw, contentType, language = 'ja' }: RequestOptions) {
  const headers = new Headers({ 'Accept-Language': language })
  if (token) headers.set('Authorization', `JWT ${token}`)
  let payload: string | FormData | undefined
  if (raw !== undefined) payload = raw
  else if (body !== undefined) payload = JSON.stringify(body)
  // FormData sets its own multipart boundary.
  if (typeof payload === 'string') headers.set('Content-Type', contentType ?? 'application/json')
  return new Request(`${ORIGIN}${path}`, { method, headers, body: payload })
}

/**
 * Calls the CMS's HTTP API in-process: the same `@payloadcms/next/routes` handlers that the admin's route files
 * export, on the test's database (Payload's default instance, as under `next start`). No server, no port.
 */
export function useHttp(cms: TestCms): TestHttp {
  const routes = {} as typeof import('@payloadcms/next/routes')
  let config: Promise<import('payload').SanitizedConfig>
  beforeAll(async () => {
    Object.assign(routes, await import('@payloadcms/next/routes'))
    config = (await import('../src/payload.config.ts')).default
  })
  let get: ReturnType<typeof routes.REST_GET> | undefined
  const handlers = {
    // As the route file composes it (src/app/(payload)/api/[...slug]/route.ts).
    GET: () => (get ??= cachePublicReads(routes.REST_GET(config), keptCollections(config))),
    POST: () => routes.REST_POST(config),
    PATCH: () => routes.REST_PATCH(config),
    DELETE: () => routes.REST_DELETE(config),
  }
  return {
    async rest(method, path, options = {}) {
      const url = new URL(path, ORIGIN)
      const slug = url.pathname
        .replace(/^\/api\//, '')
        .split('/')
        .filter(Boolean)
      const response = await handlers[method]()(request(method, path, options), { params: Promise.resolve({ slug }) })
      return answer(response)
    },
    async graphql(query, { variables, ...options } = {}) {
      const req = request('POST', '/api/graphql', { body: { query, variables }, ...options })
      // As the route file composes it (src/app/(payload)/api/graphql/route.ts).
      return answer(await guardGraphQL(routes.GRAPHQL_POST(config))(req))
    },
    async login(email, password = 'correct horse battery') {
      const { token } = await cms.payload.login({ collection: 'users', data: { email, password } })
      if (!token) throw new Error(`No token for ${email}`)
      return token
    },
  }
}
