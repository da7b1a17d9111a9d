import { randomUUID } from 'node:crypto'

import createIntlMiddleware from 'next-intl/middleware'
import { NextRequest } from 'next/server'

import { routing } from '@/lib/i18n/routing'

const intl = createIntlMiddleware(routing)

/**
 * Locale routing for portal pages and a request id for every request. This only redirects and
 * labels: authorization happens in each page, action and route handler (ARCHITECTURE rule 8).
 */
export function proxy(request: NextRequest) {
  const incoming = request.headers.get('x-request-id')
  const requestId = incoming && /^[\w.-]{8,128}$/.test(incoming) ? incoming : randomUUID()
  const headers = new Headers(request.headers)
  headers.set('x-request-id', requestId)
  // Lets a page that needs a sign-in send the customer back here afterwards.
  headers.set('x-portal-path', request.nextUrl.pathname)
  const response = intl(new NextRequest(request, { headers }))
  response.headers.set('x-request-id', requestId)
  return response
}

export const config = {
  matcher: ['/((?!api|admin|_next|brand|favicon.ico|robots.txt|.*\\..*).*)'],
}
