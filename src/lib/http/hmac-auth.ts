import { createHmac, timingSafeEqual } from 'node:crypto'

import { AppError } from '../errors'

/**
 * Auth for integration webhooks: the sender signs the raw body with a shared secret, HMAC-SHA256,
 * hex, in `header` (optionally prefixed "sha256="). Without a configured secret the endpoint does
 * not exist (404), so an unset secret never means "open".
 */
export type THmacAuth = { secret: () => string | undefined; header: string }

export function hmacSignature(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body, 'utf8').digest('hex')
}

export function verifyHmac(auth: THmacAuth, headers: Headers, body: string): void {
  const secret = auth.secret()
  if (!secret) throw new AppError('NOT_FOUND', 'Not found.')
  const given = (headers.get(auth.header) ?? '').replace(/^sha256=/i, '')
  const expected = Buffer.from(hmacSignature(secret, body), 'hex')
  const received = /^[0-9a-f]{64}$/i.test(given) ? Buffer.from(given, 'hex') : Buffer.alloc(0)
  if (received.length !== expected.length || !timingSafeEqual(received, expected)) {
    throw new AppError('UNAUTHORIZED', 'A valid request signature is required.')
  }
}
