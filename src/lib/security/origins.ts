/**
 * Cross-site request forgery, by Origin. Browsers name the page's origin on every request that can
 * change state (POST, PATCH, PUT, DELETE) and on cross-origin fetches; a same-origin GET and a
 * top-level navigation carry none. So: no Origin → nothing to judge; an Origin → it must be ours.
 */
export function isAllowedOrigin(origin: string | null | undefined, allowed: readonly string[]) {
  if (origin === null || origin === undefined) return true
  // "null" (sandboxed frames, cross-origin redirects) and anything unparsable are foreign.
  const normalized = toOrigin(origin)
  return normalized !== null && allowed.includes(normalized)
}

/** scheme://host[:port] of a URL, or null when it is not an http(s) URL. */
export function toOrigin(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null
  } catch {
    return null
  }
}

/** The public URL's origin plus any extra ones (ALLOWED_ORIGINS), without duplicates. */
export function trustedOrigins(publicUrl: string, extra: readonly string[]): string[] {
  const own = toOrigin(publicUrl)
  return [...new Set([...(own ? [own] : []), ...extra])]
}

/**
 * A POST to a page (a server action, with or without JavaScript) whose Origin names another host
 * than the one it was sent to. Next refuses these itself, but as a 500 with an error-level log;
 * the proxy answers them 403 first, by the same rule Next applies (Origin host vs. the forwarded
 * host, else Host), so a refusal is not counted as our fault. Next's own check stays in place.
 */
export function isCrossSitePagePost(method: string, headers: Headers): boolean {
  if (method !== 'POST') return false
  const origin = headers.get('origin')
  if (origin === null) return false
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host')
  try {
    return !host || new URL(origin).host !== host
  } catch {
    return true // "null" or unparsable
  }
}
