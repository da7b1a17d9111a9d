import { describe, expect, it } from 'vitest'

import { passwordProblem } from './password-policy'

describe('password policy (NIST SP 800-63B)', () => {
  it('refuses long passwords that are on the shipped breach list', () => {
    for (const p of ['qwerty123456', '1qaz2wsx3edc', 'administrator', 'LeaveMeAlone']) {
      expect(passwordProblem(p), p).toBe('too-common')
    }
  })

  it('refuses a listed password or a word about us, padded with digits and punctuation', () => {
    for (const p of [
      'dragon123456',
      '!!Monkey2026!!',
      'Donkervoort2026!',
      'lelystad12345',
      'Welcome2026!!',
    ]) {
      expect(passwordProblem(p), p).toBe('too-common')
    }
  })

  it('refuses repeats, keyboard runs and digit-only passwords', () => {
    for (const p of [
      'dragondragon',
      'qwertyuiopas',
      'asdfghjkl123',
      '202611241987',
      '############',
    ]) {
      expect(passwordProblem(p), p).toBe('too-common')
    }
  })

  it('accepts long passphrases and the demo password, with no composition rules', () => {
    for (const p of [
      'correct horse battery staple',
      'alllowercaseok',
      'Lelystad-Demo-2026',
      'mijn auto is oranje',
      'Fahrt über die Nordschleife',
    ]) {
      expect(passwordProblem(p), p).toBeNull()
    }
  })

  it('checks length first', () => {
    expect(passwordProblem('dragon')).toBe('too-short')
    expect(passwordProblem('a'.repeat(257))).toBe('too-long')
  })
})
