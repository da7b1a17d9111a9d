import { describe, expect, it } from 'vitest'

import { hashPassword, passwordProblem, verifyPassword } from './password'

describe('passwords', () => {
  it('hashes with a random salt and verifies only the right password', async () => {
    const a = await hashPassword('a long enough passphrase')
    const b = await hashPassword('a long enough passphrase')
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/)
    expect(a).not.toBe(b)
    expect(await verifyPassword('a long enough passphrase', a)).toBe(true)
    expect(await verifyPassword('a long enough passphrasE', a)).toBe(false)
  })

  it('never verifies against a missing or malformed hash', async () => {
    expect(await verifyPassword('anything at all', null)).toBe(false)
    expect(await verifyPassword('anything at all', 'bcrypt$whatever')).toBe(false)
  })

  it('follows NIST 800-63B: length, no composition rules, no common choices', () => {
    expect(passwordProblem('short')).toBe('too-short')
    expect(passwordProblem('x'.repeat(257))).toBe('too-long')
    expect(passwordProblem('Password1234')).toBe('too-common')
    expect(passwordProblem('zzzzzzzzzzzzzz')).toBe('too-common')
    expect(passwordProblem('correct horse battery')).toBeNull()
    expect(passwordProblem('alllowercaseok')).toBeNull()
  })
})
