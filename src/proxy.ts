import createIntlMiddleware from 'next-intl/middleware'
import { NextRequest, NextResponse } from 'next/server'

import { env } from '@/lib/env'
import { problemResponse } from '@/lib/http/problem'
import { REQUEST_ID_HEADER, requestIdFrom } from '@/lib/http/request-id'
import { routing } from '@/lib/i18n/routing'
import { buildCsp, EMBED_PAGE, generateNonce } from '@/lib/security/csp'
import { HSTS, isHttps } from '@/lib/security/headers'
import { isCrossSitePagePost } from '@/lib/security/origins'

const intl = createIntlMiddleware(routing)
const HTTPS = isHttps(env.PUBLIC_URL)

/**
 * Locale routing for portal pages, a request id, and each page's Content-Security-Policy with a
 * fresh nonce. This only redirects and labels: authorization happens in each page, action and
 * route handler (ARCHITECTURE rule 8).
 *
 * The CSP goes on the request too: Next reads the nonce from it and puts it on its own scripts
 * (node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md). The static headers
 * (nosniff, frame and referrer rules, …) come from next.config.ts for every route.
 */
export function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers)
  if (isCrossSitePagePost(request.method, request.headers)) {
    return problemResponse({
      status: 403,
      code: 'FORBIDDEN',
      detail: 'This form was sent from another site.',
      requestId,
    })
  }
  const admin = /^\/admin(\/|$)/.test(request.nextUrl.pathname)
  const nonce = generateNonce()
  const csp = buildCsp({
    profile: admin ? 'admin' : 'portal',
    nonce,
    https: HTTPS,
    dev: !env.isProduction,
    embeds: EMBED_PAGE.test(request.nextUrl.pathname),
  })
  const headers = new Headers(request.headers)
  headers.set(REQUEST_ID_HEADER, requestId)
  headers.set('content-security-policy', csp)
  // For our own code that must pass the nonce on (e.g. a next/script tag).
  headers.set('x-nonce', nonce)
  // Lets a page that needs a sign-in send the customer back here afterwards.
  if (!admin) headers.set('x-portal-path', request.nextUrl.pathname)
  const response = admin
    ? NextResponse.next({ request: { headers } })
    : intl(new NextRequest(request, { headers }))
  response.headers.set(REQUEST_ID_HEADER, requestId)
  response.headers.set('content-security-policy', csp)
  // Decided at run time here (next.config.ts only knows the build's PUBLIC_URL).
  if (HTTPS) response.headers.set('strict-transport-security', HSTS)
  return response
}

export const config = {
  // Not /api: the proxy would buffer every request body (10 MB cap, uploads cut off), and API
  // answers need no page policy — next.config.ts gives them the baseline CSP, and our own route
  // handlers set the request id themselves (src/lib/http/route.ts).
  matcher: ['/((?!api|_next|brand|favicon.ico|robots.txt|.*\\..*).*)'],
}
