import { describe, expect, it } from 'vitest'

import { newTotpSecret, totpCode, totpUri, verifyTotp } from './totp'

const T0 = Date.UTC(2026, 10, 24, 12, 0, 0)
const secret = newTotpSecret()

describe('TOTP', () => {
  it('makes a base32 secret of 160 bits and an otpauth URI', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    const uri = totpUri(secret, 'anna@example.com')
    expect(uri).toMatch(/^otpauth:\/\/totp\/Donkervoort:anna%40example\.com\?/)
    expect(uri).toContain(`secret=${secret}`)
    expect(uri).toContain('period=30')
    expect(uri).toContain('digits=6')
  })

  it('accepts the current code and one step either side, nothing further', () => {
    const now = totpCode(secret, T0)
    expect(verifyTotp({ secret, code: now, timestamp: T0 })).not.toBeNull()
    expect(
      verifyTotp({ secret, code: totpCode(secret, T0 - 30_000), timestamp: T0 }),
    ).not.toBeNull()
    expect(
      verifyTotp({ secret, code: totpCode(secret, T0 + 30_000), timestamp: T0 }),
    ).not.toBeNull()
    expect(verifyTotp({ secret, code: totpCode(secret, T0 - 60_000), timestamp: T0 })).toBeNull()
    expect(verifyTotp({ secret, code: totpCode(secret, T0 + 60_000), timestamp: T0 })).toBeNull()
  })

  it('refuses a code a second time, and older codes after a newer one', () => {
    const code = totpCode(secret, T0)
    const first = verifyTotp({ secret, code, timestamp: T0 })
    expect(first).not.toBeNull()
    expect(verifyTotp({ secret, code, lastStep: first!.step, timestamp: T0 + 5_000 })).toBeNull()
    const previous = totpCode(secret, T0 - 30_000)
    expect(verifyTotp({ secret, code: previous, lastStep: first!.step, timestamp: T0 })).toBeNull()
    const next = totpCode(secret, T0 + 30_000)
    expect(
      verifyTotp({ secret, code: next, lastStep: first!.step, timestamp: T0 + 30_000 }),
    ).toEqual({
      step: first!.step + 1,
    })
  })

  it('ignores spaces and dashes, refuses anything but six digits', () => {
    const code = totpCode(secret, T0)
    expect(
      verifyTotp({ secret, code: `${code.slice(0, 3)} ${code.slice(3)}`, timestamp: T0 }),
    ).not.toBeNull()
    expect(verifyTotp({ secret, code: code.slice(0, 5), timestamp: T0 })).toBeNull()
    expect(verifyTotp({ secret, code: `${code}0`, timestamp: T0 })).toBeNull()
    expect(verifyTotp({ secret, code: 'abcdef', timestamp: T0 })).toBeNull()
  })

  it('refuses a code made with another secret', () => {
    const other = newTotpSecret()
    expect(verifyTotp({ secret, code: totpCode(other, T0), timestamp: T0 })).toBeNull()
  })
})
