import { randomBytes, randomUUID } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { IntegrityError } from './integrity-error'
import { parseKeyring, UnknownKeyError } from './keyring'
import { unwrapDataKey, wrapDataKey } from './key-wrap'

const key = () => randomBytes(32).toString('base64')
const [K1, K2] = [key(), key()]
const ring1 = parseKeyring(`k1:${K1}`)
const ring21 = parseKeyring(`k2:${K2},k1:${K1}`)

describe('data key wrap', () => {
  const fileId = randomUUID()
  const dataKey = randomBytes(32)

  it('unwraps what it wrapped, under the newest key id', () => {
    const w = wrapDataKey({ dataKey, fileId, keyring: ring21 })
    expect(w.keyId).toBe('k2')
    expect(w.wrappedKey).not.toContain(dataKey.toString('base64url'))
    expect(unwrapDataKey({ ...w, fileId, keyring: ring21 }).equals(dataKey)).toBe(true)
  })

  it('keeps old key ids readable while they are in the keyring', () => {
    const w = wrapDataKey({ dataKey, fileId, keyring: ring1 })
    expect(unwrapDataKey({ ...w, fileId, keyring: ring21 }).equals(dataKey)).toBe(true)
    expect(() => unwrapDataKey({ ...w, fileId, keyring: parseKeyring(`k2:${K2}`) })).toThrow(
      UnknownKeyError,
    )
  })

  it('refuses another file id, a wrong key under the same id and any altered byte', () => {
    const w = wrapDataKey({ dataKey, fileId, keyring: ring1 })
    expect(() => unwrapDataKey({ ...w, fileId: randomUUID(), keyring: ring1 })).toThrow(
      IntegrityError,
    )
    expect(() => unwrapDataKey({ ...w, fileId, keyring: parseKeyring(`k1:${key()}`) })).toThrow(
      IntegrityError,
    )
    // The key id names k1 but the row claims k2: k2's key does not open it.
    expect(() => unwrapDataKey({ ...w, keyId: 'k2', fileId, keyring: ring21 })).toThrow(
      IntegrityError,
    )
    const raw = Buffer.from(w.wrappedKey.slice(3), 'base64url')
    for (const at of [0, 20, raw.length - 1]) {
      const bad = Buffer.from(raw)
      bad[at] ^= 0x01
      const wrappedKey = `v1.${bad.toString('base64url')}`
      expect(() => unwrapDataKey({ keyId: 'k1', wrappedKey, fileId, keyring: ring1 })).toThrow(
        IntegrityError,
      )
    }
    expect(() =>
      unwrapDataKey({ keyId: 'k1', wrappedKey: 'v2.abc', fileId, keyring: ring1 }),
    ).toThrow(/malformed/)
  })
})
