import { describe, expect, it } from 'vitest'

import { sealer } from './seal'

const SECRET = 'a-test-secret-that-is-long-enough-000000'

describe('sealer', () => {
  it('opens what it sealed, with a fresh IV each time', () => {
    const s = sealer(SECRET, 'totp')
    const a = s.seal('JBSWY3DPEHPK3PXP')
    const b = s.seal('JBSWY3DPEHPK3PXP')
    expect(a).not.toBe(b)
    expect(a).not.toContain('JBSWY3DPEHPK3PXP')
    expect(s.open(a)).toBe('JBSWY3DPEHPK3PXP')
  })

  it('refuses altered values, other purposes and other secrets', () => {
    const sealed = sealer(SECRET, 'totp').seal('secret')
    const parts = sealed.split('.')
    const flipped = Buffer.from(parts[3], 'base64url')
    flipped[0] ^= 1
    parts[3] = flipped.toString('base64url')
    expect(sealer(SECRET, 'totp').open(parts.join('.'))).toBeNull()
    expect(sealer(SECRET, 'other').open(sealed)).toBeNull()
    expect(sealer(`${SECRET}x`, 'totp').open(sealed)).toBeNull()
    expect(sealer(SECRET, 'totp').open('garbage')).toBeNull()
    expect(sealer(SECRET, 'totp').open(null)).toBeNull()
  })
})
