import { describe, expect, it } from 'vitest'

import { canonicalEntry, canonicalJson } from './canonical'

const entry = {
  seq: 7,
  createdAt: '2026-11-24T12:00:00.123Z',
  actorType: 'staff',
  actorId: 'a1',
  actorLabel: 'am@donkervoort.example',
  action: 'customer.updated',
  targetType: 'customer',
  targetId: 'c1',
  outcome: 'success',
  ip: '10.0.0.1',
  userAgent: 'Firefox',
  requestId: 'req-12345678',
  details: { fields: ['phone', 'email'] },
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined, x: null }], c: 'é' } })).toBe(
      '{"a":{"c":"é","d":[3,{"x":null,"z":1}]},"b":1}',
    )
  })

  it('writes numbers, booleans, dates and non-finite numbers deterministically', () => {
    expect(canonicalJson([1.5, -0, true, new Date('2026-01-01T00:00:00Z'), Number.NaN])).toBe(
      '[1.5,0,true,"2026-01-01T00:00:00.000Z",null]',
    )
  })

  it('refuses values JSON cannot represent', () => {
    expect(() => canonicalJson(() => 1)).toThrow(TypeError)
  })
})

describe('canonicalEntry', () => {
  it('is the same for the written entry and the row a database hands back', () => {
    const fromDb = {
      ...entry,
      seq: '7', // pg returns numeric as a string
      createdAt: new Date(entry.createdAt), // and timestamptz as a Date
      details: { fields: ['phone', 'email'] }, // jsonb may reorder keys: harmless
      id: 'uuid-not-hashed',
      prevHash: 'p',
      hash: 'h',
    }
    expect(canonicalEntry(fromDb)).toBe(canonicalEntry(entry))
  })

  it('treats missing and null optional fields alike, and covers only content fields', () => {
    const sparse = { ...entry, ip: undefined, userAgent: null, details: undefined }
    const nulls = { ...entry, ip: null, userAgent: null, details: null }
    expect(canonicalEntry(sparse)).toBe(canonicalEntry(nulls))
    expect(canonicalEntry({ ...entry, updatedAt: 'x' } as typeof entry)).toBe(canonicalEntry(entry))
  })

  it('changes when any content field changes', () => {
    const base = canonicalEntry(entry)
    for (const [k, v] of Object.entries({
      seq: 8,
      actorLabel: 'x@y',
      outcome: 'failure',
      details: { fields: ['phone'] },
    })) {
      expect(canonicalEntry({ ...entry, [k]: v }), k).not.toBe(base)
    }
    expect(canonicalEntry({ ...entry, createdAt: '2026-11-24T12:00:00.124Z' })).not.toBe(base)
  })
})
