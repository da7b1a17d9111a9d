import { randomUUID } from 'node:crypto'

import { clientIpFromHeaders } from '../http/client-ip'

export type TRequestContext = { ip: string | null; userAgent: string | null; requestId: string }

/** Request ids we accept from outside: the same rule the proxy applies to portal pages. */
const REQUEST_ID = /^[\w.-]{8,128}$/

/**
 * Who called, from request headers: the proxy's x-request-id (or a fresh one for API calls that
 * bypass it), the client address (src/lib/http/client-ip.ts), and the browser.
 */
export function requestContextFromHeaders(headers: Headers | null | undefined): TRequestContext {
  const get = (name: string) => headers?.get(name)?.trim() || null
  const incoming = get('x-request-id')
  return {
    ip: clientIpFromHeaders(headers),
    userAgent: get('user-agent'),
    requestId: incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID(),
  }
}
