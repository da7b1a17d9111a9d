import 'server-only'

import { headers } from 'next/headers'

import { clientIpFromHeaders } from '@/lib/http/client-ip'

/** Client address (src/lib/http/client-ip.ts) and browser, for session records and rate limits. */
export async function requestMeta() {
  const h = await headers()
  return { ip: clientIpFromHeaders(h), userAgent: h.get('user-agent') }
}
