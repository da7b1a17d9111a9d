import { describe, expect, it } from 'vitest'

import { isAppError } from '../errors'
import { hmacSignature, verifyHmac } from './hmac-auth'

const auth = { secret: () => 'webhook-secret', header: 'x-signature' }
const body = '{"event":"order.updated"}'
const codeOf = (fn: () => void) => {
  try {
    fn()
    return 'ok'
  } catch (err) {
    return isAppError(err) ? err.code : 'other'
  }
}

describe('HMAC route auth', () => {
  it('accepts the body signed with the secret, with or without the sha256= prefix', () => {
    const sig = hmacSignature('webhook-secret', body)
    expect(codeOf(() => verifyHmac(auth, new Headers({ 'x-signature': sig }), body))).toBe('ok')
    const prefixed = new Headers({ 'x-signature': `sha256=${sig}` })
    expect(codeOf(() => verifyHmac(auth, prefixed, body))).toBe('ok')
  })

  it('refuses another body, another secret, garbage and a missing header', () => {
    const sig = hmacSignature('webhook-secret', body)
    const h = new Headers({ 'x-signature': sig })
    expect(codeOf(() => verifyHmac(auth, h, `${body} `))).toBe('UNAUTHORIZED')
    const other = new Headers({ 'x-signature': hmacSignature('other', body) })
    expect(codeOf(() => verifyHmac(auth, other, body))).toBe('UNAUTHORIZED')
    expect(codeOf(() => verifyHmac(auth, new Headers({ 'x-signature': 'zz' }), body))).toBe(
      'UNAUTHORIZED',
    )
    expect(codeOf(() => verifyHmac(auth, new Headers(), body))).toBe('UNAUTHORIZED')
  })

  it('answers 404 when no secret is configured', () => {
    const off = { secret: () => undefined, header: 'x-signature' }
    expect(codeOf(() => verifyHmac(off, new Headers(), body))).toBe('NOT_FOUND')
  })

  it('with a timestamp header signs "<timestamp>.<body>" and refuses it outside the window', () => {
    const now = 1_800_000_000_000
    const stamped = {
      ...auth,
      timestamp: { header: 'x-timestamp', maxSkewSeconds: 300, now: () => now },
    }
    const at = (seconds: number) => {
      const ts = String(now / 1000 + seconds)
      return new Headers({
        'x-timestamp': ts,
        'x-signature': hmacSignature('webhook-secret', body, ts),
      })
    }
    expect(codeOf(() => verifyHmac(stamped, at(0), body))).toBe('ok')
    expect(codeOf(() => verifyHmac(stamped, at(-299), body))).toBe('ok')
    expect(codeOf(() => verifyHmac(stamped, at(-301), body))).toBe('UNAUTHORIZED')
    expect(codeOf(() => verifyHmac(stamped, at(301), body))).toBe('UNAUTHORIZED')
    const bodyOnly = new Headers({
      'x-timestamp': String(now / 1000),
      'x-signature': hmacSignature('webhook-secret', body),
    })
    expect(codeOf(() => verifyHmac(stamped, bodyOnly, body))).toBe('UNAUTHORIZED')
  })
})
