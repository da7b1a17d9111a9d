import { describe, expect, it } from 'vitest'

import { sealer } from '../crypto/seal'
import {
  CHALLENGE_TTL_MS,
  counterAcceptable,
  openChallenge,
  sealChallenge,
} from './webauthn-challenge'

const seal = sealer('a-test-secret-of-at-least-thirty-two-chars', 'webauthn')
const T0 = Date.UTC(2026, 10, 24, 12, 0, 0)
const alice = { collection: 'customers' as const, id: 'alice-id' }
const bob = { collection: 'customers' as const, id: 'bob-id' }
const challenge = 'Y2hhbGxlbmdlLW9mLXRoaXJ0eS10d28tYnl0ZXM'

describe('WebAuthn challenge cookie', () => {
  it('opens for the same purpose and owner within five minutes', () => {
    const { sealed, expiresAt } = sealChallenge(
      seal,
      { challenge, purpose: 'register', owner: alice },
      T0,
    )
    expect(expiresAt).toBe(T0 + CHALLENGE_TTL_MS)
    expect(sealed).not.toContain(challenge)
    const opened = openChallenge(seal, sealed, { purpose: 'register', owner: alice }, T0 + 60_000)
    expect(opened).toMatchObject({ challenge, purpose: 'register', owner: alice })
  })

  it('expires after five minutes', () => {
    const { sealed } = sealChallenge(seal, { challenge, purpose: 'sign-in', owner: null }, T0)
    expect(
      openChallenge(seal, sealed, { purpose: 'sign-in', owner: null }, T0 + CHALLENGE_TTL_MS - 1),
    ).not.toBeNull()
    expect(
      openChallenge(seal, sealed, { purpose: 'sign-in', owner: null }, T0 + CHALLENGE_TTL_MS),
    ).toBeNull()
  })

  it('refuses another purpose: a sign-in challenge cannot finish a registration or a step-up', () => {
    const { sealed } = sealChallenge(seal, { challenge, purpose: 'sign-in', owner: null }, T0)
    expect(openChallenge(seal, sealed, { purpose: 'register', owner: null }, T0)).toBeNull()
    const { sealed: stepUp } = sealChallenge(
      seal,
      { challenge, purpose: 'step-up', owner: alice },
      T0,
    )
    expect(openChallenge(seal, stepUp, { purpose: 'second-factor', owner: alice }, T0)).toBeNull()
  })

  it('refuses another owner, and an owner where none was named (and the reverse)', () => {
    const { sealed } = sealChallenge(seal, { challenge, purpose: 'step-up', owner: alice }, T0)
    expect(openChallenge(seal, sealed, { purpose: 'step-up', owner: bob }, T0)).toBeNull()
    expect(openChallenge(seal, sealed, { purpose: 'step-up', owner: null }, T0)).toBeNull()
    expect(
      openChallenge(
        seal,
        sealed,
        { purpose: 'step-up', owner: { collection: 'staff', id: 'alice-id' } },
        T0,
      ),
    ).toBeNull()
    const { sealed: anon } = sealChallenge(seal, { challenge, purpose: 'sign-in', owner: null }, T0)
    expect(openChallenge(seal, anon, { purpose: 'sign-in', owner: alice }, T0)).toBeNull()
  })

  it('refuses a tampered, truncated, foreign-key or missing cookie', () => {
    const { sealed } = sealChallenge(seal, { challenge, purpose: 'register', owner: alice }, T0)
    const expect_ = { purpose: 'register' as const, owner: alice }
    const parts = sealed.split('.')
    const ct = Buffer.from(parts[3], 'base64url')
    ct[0] ^= 1
    const flipped = [...parts.slice(0, 3), ct.toString('base64url')].join('.')
    expect(openChallenge(seal, flipped, expect_, T0)).toBeNull()
    expect(openChallenge(seal, sealed.slice(0, -4), expect_, T0)).toBeNull()
    const other = sealer('a-test-secret-of-at-least-thirty-two-chars', 'pending-sign-in')
    expect(openChallenge(other, sealed, expect_, T0)).toBeNull()
    expect(openChallenge(seal, undefined, expect_, T0)).toBeNull()
    expect(openChallenge(seal, '', expect_, T0)).toBeNull()
  })

  it('refuses well-sealed content of the wrong shape or with a far-future expiry', () => {
    const expect_ = { purpose: 'sign-in' as const, owner: null }
    expect(openChallenge(seal, seal.seal('not json'), expect_, T0)).toBeNull()
    expect(openChallenge(seal, seal.seal(JSON.stringify({ challenge })), expect_, T0)).toBeNull()
    const forged = seal.seal(
      JSON.stringify({ challenge, purpose: 'sign-in', owner: null, expiresAt: T0 + 86_400_000 }),
    )
    expect(openChallenge(seal, forged, expect_, T0)).toBeNull()
  })
})

describe('signature counter', () => {
  it('accepts authenticators that never count, and a counter that rises', () => {
    expect(counterAcceptable(0, 0)).toBe(true)
    expect(counterAcceptable(0, 1)).toBe(true)
    expect(counterAcceptable(41, 42)).toBe(true)
  })

  it('refuses a counter that goes backwards, stands still or drops to zero once counting began', () => {
    expect(counterAcceptable(42, 41)).toBe(false)
    expect(counterAcceptable(42, 42)).toBe(false)
    expect(counterAcceptable(42, 0)).toBe(false)
  })
})
