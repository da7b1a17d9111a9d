// Which address a request came from. Behind N trusted reverse proxies the client is the Nth
// address from the right of X-Forwarded-For (each proxy appends the address it saw); with none,
// the TCP peer. Anything further left was written by the client and cannot be trusted — taking
// the first hop would let anyone choose their address (audit log, per-IP rate limits).

/** Set by the production server on every request; a value sent by a client is dropped first. */
export const CLIENT_IP_HEADER = 'x-portal-client-ip'

/** @param {string | undefined | null} ip */
function normalize(ip) {
  const v = (ip ?? '').trim()
  if (!v) return null
  return v.startsWith('::ffff:') && v.includes('.') ? v.slice(7) : v
}

/**
 * @param {{ remoteAddress?: string | null, forwardedFor?: string | string[] | null, trustedHops: number }} args
 * @returns {string | null}
 */
export function clientIp({ remoteAddress, forwardedFor, trustedHops }) {
  const peer = normalize(remoteAddress)
  if (!trustedHops) return peer
  const raw = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')
  const chain = [...raw.split(',').map(normalize).filter(Boolean), peer].filter(Boolean)
  // chain[-1] is our peer (the nearest proxy); each trusted proxy vouches for one more to the left.
  return chain[Math.max(0, chain.length - 1 - trustedHops)] ?? null
}
