/**
 * The client address of a request. The production server (scripts/lib/server.mjs) sets
 * x-portal-client-ip from the TCP peer and TRUSTED_PROXY_HOPS, after dropping any value a client
 * sent. Without that server (`next dev`, tests) the first X-Forwarded-For hop is used: fine on a
 * developer machine, never trusted in production.
 */
export const CLIENT_IP_HEADER = 'x-portal-client-ip'

export function clientIpFromHeaders(headers: Headers | null | undefined): string | null {
  const fromServer = headers?.get(CLIENT_IP_HEADER)?.trim()
  if (fromServer) return fromServer.slice(0, 64)
  const forwarded = headers?.get('x-forwarded-for')?.split(',')[0]?.trim()
  return (forwarded || headers?.get('x-real-ip')?.trim() || null)?.slice(0, 64) ?? null
}
