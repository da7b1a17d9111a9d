import { randomBytes } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { keyFor, parseKeyring, UnknownKeyError } from './keyring'

const k = () => randomBytes(32).toString('base64')

describe('parseKeyring', () => {
  it('reads ids and keys, newest first', () => {
    const [a, b] = [k(), k()]
    const ring = parseKeyring(` k2:${a} , k1:${b}`)
    expect(ring.currentId).toBe('k2')
    expect([...ring.keys.keys()]).toEqual(['k2', 'k1'])
    expect(keyFor(ring, 'k1').equals(Buffer.from(b, 'base64'))).toBe(true)
  })

  it('accepts base64url keys', () => {
    const raw = randomBytes(32)
    expect(keyFor(parseKeyring(`a:${raw.toString('base64url')}`), 'a').equals(raw)).toBe(true)
  })

  it('refuses malformed lists with a message that names the entry but not the key', () => {
    const short = randomBytes(16).toString('base64')
    expect(() => parseKeyring('')).toThrow(/at least one key/)
    expect(() => parseKeyring(k())).toThrow(/entry 1: needs a key id/)
    expect(() => parseKeyring(`k1:${k()},bad id:${k()}`)).toThrow(/entry 2/)
    expect(() => parseKeyring(`k1:${k()},k1:${k()}`)).toThrow(/"k1" appears twice/)
    expect(() => parseKeyring(`k1:${short}`)).toThrow(/key "k1": must be 32 random bytes/)
    expect(() => parseKeyring(`k1:not base64!`)).toThrow(/key "k1"/)
    try {
      parseKeyring(`k1:${short}`)
    } catch (err) {
      expect((err as Error).message).not.toContain(short)
    }
  })

  it('names an id the keyring does not hold', () => {
    expect(() => keyFor(parseKeyring(`k1:${k()}`), 'k0')).toThrow(UnknownKeyError)
  })
})
