import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { sealer } from './seal'
import { CLOCK_SKEW_MS, sealedToken } from './sealed-token'

const SECRET = 'a-test-secret-of-at-least-thirty-two-chars'
const T0 = Date.UTC(2026, 10, 24, 12, 0, 0)
const token = sealedToken({
  seal: { secret: SECRET, purpose: 'test' },
  schema: z.object({ who: z.string().min(1) }),
  ttlMs: 60_000,
})

describe('sealed token', () => {
  it('round-trips with its issue time, and the value is not readable', () => {
    const sealed = token.seal({ who: 'alice' }, T0)
    expect(sealed).not.toContain('alice')
    expect(token.open(sealed, T0 + 1)).toEqual({ who: 'alice', issuedAt: T0 })
  })

  it('expires after its TTL and refuses an issue time beyond the clock skew', () => {
    const sealed = token.seal({ who: 'alice' }, T0)
    expect(token.open(sealed, T0 + 59_999)).not.toBeNull()
    expect(token.open(sealed, T0 + 60_000)).toBeNull()
    expect(token.open(sealed, T0 - CLOCK_SKEW_MS)).not.toBeNull()
    expect(token.open(sealed, T0 - CLOCK_SKEW_MS - 1)).toBeNull()
  })

  it('refuses another purpose, a value outside the schema, and garbage', () => {
    const other = sealer(SECRET, 'other').seal(JSON.stringify({ who: 'alice', issuedAt: T0 }))
    expect(token.open(other, T0)).toBeNull()
    const own = sealer(SECRET, 'test')
    expect(token.open(own.seal(JSON.stringify({ who: '', issuedAt: T0 })), T0)).toBeNull()
    expect(token.open(own.seal(JSON.stringify({ who: 'alice' })), T0)).toBeNull()
    expect(token.open(own.seal('not json'), T0)).toBeNull()
    expect(token.open('v1.a.b.c', T0)).toBeNull()
    expect(token.open(undefined, T0)).toBeNull()
  })
})
