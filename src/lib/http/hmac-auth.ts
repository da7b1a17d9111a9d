import { createHmac, timingSafeEqual } from 'node:crypto'

import { AppError } from '../errors'

/**
 * Auth for integration webhooks: the sender signs the raw body with a shared secret, HMAC-SHA256,
 * hex, in `header` (optionally prefixed "sha256="), or base64 with `encoding: 'base64'` (DocuSign
 * Connect). Without a configured secret the endpoint does not exist (404), so an unset secret
 * never means "open".
 *
 * With `timestamp`, the signed text is `<timestamp>.<body>` where the timestamp (Unix seconds)
 * travels in its own header and must lie within `maxSkewSeconds` of our clock, either way: a
 * captured request stops working after that window (the route refuses repeats within it).
 */
export type THmacAuth = {
  secret: () => string | undefined
  header: string
  encoding?: 'hex' | 'base64'
  timestamp?: { header: string; maxSkewSeconds: number; now?: () => number }
}

export function hmacSignature(
  secret: string,
  body: string,
  timestamp?: string,
  encoding: 'hex' | 'base64' = 'hex',
): string {
  const signed = timestamp === undefined ? body : `${timestamp}.${body}`
  return createHmac('sha256', secret).update(signed, 'utf8').digest(encoding)
}

const SIGNATURE_FORMAT = { hex: /^[0-9a-f]{64}$/i, base64: /^[A-Za-z0-9+/]{43}=$/ }

export function verifyHmac(auth: THmacAuth, headers: Headers, body: string): void {
  const secret = auth.secret()
  if (!secret) throw new AppError('NOT_FOUND', 'Not found.')
  let timestamp: string | undefined
  if (auth.timestamp) {
    timestamp = headers.get(auth.timestamp.header) ?? ''
    const now = Math.floor((auth.timestamp.now?.() ?? Date.now()) / 1000)
    if (!/^\d{1,12}$/.test(timestamp))
      throw new AppError('UNAUTHORIZED', `The ${auth.timestamp.header} header is required.`)
    if (Math.abs(now - Number(timestamp)) > auth.timestamp.maxSkewSeconds)
      throw new AppError('UNAUTHORIZED', 'The request timestamp is too old or in the future.')
  }
  const encoding = auth.encoding ?? 'hex'
  const given = (headers.get(auth.header) ?? '').replace(/^sha256=/i, '')
  const expected = Buffer.from(hmacSignature(secret, body, timestamp, encoding), encoding)
  const received = SIGNATURE_FORMAT[encoding].test(given)
    ? Buffer.from(given, encoding)
    : Buffer.alloc(0)
  if (received.length !== expected.length || !timingSafeEqual(received, expected)) {
    throw new AppError('UNAUTHORIZED', 'A valid request signature is required.')
  }
}
