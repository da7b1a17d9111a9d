import { describe, expect, it } from 'vitest'

import { expiresIn, generateToken, hashToken, looksLikeToken, tokenState } from './tokens'

describe('account tokens', () => {
  it('generates unique, URL-safe 256-bit tokens whose hash is stable', () => {
    const a = generateToken()
    const b = generateToken()
    expect(a).not.toBe(b)
    expect(looksLikeToken(a)).toBe(true)
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashToken(a)).toBe(hashToken(a))
    expect(hashToken(a)).not.toBe(hashToken(b))
  })

  it('rejects malformed tokens before any lookup', () => {
    for (const bad of [
      undefined,
      null,
      42,
      '',
      'short',
      `${generateToken()}x`,
      "'; drop table--".padEnd(43, 'a'),
      '../../etc/passwd',
    ])
      expect(looksLikeToken(bad)).toBe(false)
  })

  it('is valid until it expires, and used once used', () => {
    const now = new Date('2026-11-24T12:00:00Z')
    const expiresAt = expiresIn(7 * 24 * 3600_000, now)
    expect(tokenState({ expiresAt }, now)).toBe('valid')
    expect(tokenState({ expiresAt }, new Date('2026-12-01T11:59:59Z'))).toBe('valid')
    expect(tokenState({ expiresAt }, new Date('2026-12-01T12:00:00Z'))).toBe('expired')
    expect(tokenState({ expiresAt, usedAt: now.toISOString() }, now)).toBe('used')
  })
})
