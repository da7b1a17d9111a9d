import { describe, expect, it } from 'vitest'

import {
  consumeRecoveryCode,
  generateRecoveryCodes,
  remainingRecoveryCodes,
  storeRecoveryCodes,
} from './recovery-codes'

const SECRET = 'a-test-secret-that-is-long-enough-000000'

describe('recovery codes', () => {
  it('makes ten distinct readable codes and stores only keyed hashes', () => {
    const codes = generateRecoveryCodes()
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    for (const c of codes)
      expect(c).toMatch(/^[A-HJKMNP-TV-Z2-9]{4}-[A-HJKMNP-TV-Z2-9]{4}-[A-HJKMNP-TV-Z2-9]{4}$/)
    const stored = storeRecoveryCodes(codes, SECRET)
    expect(JSON.stringify(stored)).not.toContain(codes[0])
    expect(remainingRecoveryCodes(stored)).toBe(10)
  })

  it('accepts each code once, in any case and spacing', () => {
    const codes = generateRecoveryCodes()
    const stored = storeRecoveryCodes(codes, SECRET)
    const typed = codes[3].toLowerCase().replace(/-/g, ' ')
    const after = consumeRecoveryCode(stored, typed, SECRET)
    expect(after).not.toBeNull()
    expect(remainingRecoveryCodes(after)).toBe(9)
    expect(after![3].usedAt).toBeTruthy()
    expect(consumeRecoveryCode(after, codes[3], SECRET)).toBeNull()
    expect(consumeRecoveryCode(after, codes[4], SECRET)).not.toBeNull()
  })

  it('refuses unknown codes, codes hashed with another secret, and empty lists', () => {
    const codes = generateRecoveryCodes()
    const stored = storeRecoveryCodes(codes, SECRET)
    expect(consumeRecoveryCode(stored, generateRecoveryCodes(1)[0], SECRET)).toBeNull()
    expect(consumeRecoveryCode(stored, codes[0], `${SECRET}x`)).toBeNull()
    expect(consumeRecoveryCode(stored, 'short', SECRET)).toBeNull()
    expect(consumeRecoveryCode([], codes[0], SECRET)).toBeNull()
    expect(consumeRecoveryCode(null, codes[0], SECRET)).toBeNull()
  })
})
