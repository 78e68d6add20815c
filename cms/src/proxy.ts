import { NextResponse, type NextRequest } from 'next/server'

/**
 * The admin is Japanese by default: Payload otherwise follows the browser's Accept-Language. A user who picks
 * English in their account settings gets Payload's own `payload-lng` cookie, which this leaves alone.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has('payload-lng')) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'ja')
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ['/admin/:path*', '/api/:path*'] }
