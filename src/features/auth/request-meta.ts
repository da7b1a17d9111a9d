import 'server-only'

import { headers } from 'next/headers'

/** Client address and browser, for session records. Behind a proxy the first forwarded hop counts. */
export async function requestMeta() {
  const h = await headers()
  const forwarded = h.get('x-forwarded-for')?.split(',')[0]?.trim()
  return { ip: forwarded || h.get('x-real-ip') || null, userAgent: h.get('user-agent') }
}
