import { randomUUID } from 'node:crypto'

export type TRequestContext = { ip: string | null; userAgent: string | null; requestId: string }

/** Request ids we accept from outside: the same rule the proxy applies to portal pages. */
const REQUEST_ID = /^[\w.-]{8,128}$/

/**
 * Who called, from request headers: the proxy's x-request-id (or a fresh one for API calls that
 * bypass it), the first forwarded hop as the client address, and the browser.
 */
export function requestContextFromHeaders(headers: Headers | null | undefined): TRequestContext {
  const get = (name: string) => headers?.get(name)?.trim() || null
  const incoming = get('x-request-id')
  const forwarded = get('x-forwarded-for')?.split(',')[0]?.trim()
  return {
    ip: forwarded || get('x-real-ip'),
    userAgent: get('user-agent'),
    requestId: incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID(),
  }
}
