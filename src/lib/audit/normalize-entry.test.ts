import { describe, expect, it } from 'vitest'

import { MAX_DETAILS_BYTES, normalizeEntry } from './normalize-entry'

const base = {
  actorType: 'customer' as const,
  action: 'auth.sign-in.failed' as const,
  outcome: 'failure' as const,
}

describe('normalizeEntry', () => {
  it('fills absent fields with null and clips long or dirty text', () => {
    const e = normalizeEntry({
      ...base,
      actorLabel: `  ${'x'.repeat(300)}@example.test `,
      userAgent: 'Mozilla\u0000/5.0',
      ip: '',
    })
    expect(e.actorLabel).toHaveLength(254)
    expect(e.userAgent).toBe('Mozilla/5.0')
    expect(e.ip).toBeNull()
    expect(e.targetId).toBeNull()
    expect(e.details).toBeNull()
  })

  it('never keeps credential-like keys in details, at any depth', () => {
    const e = normalizeEntry({
      ...base,
      details: {
        reason: 'wrong-password',
        password: 'hunter2',
        nested: { token: 't', passwordHash: 'h', ok: 1 },
      },
    })
    expect(e.details).toEqual({ reason: 'wrong-password', nested: { ok: 1 } })
  })

  it('replaces oversized details by a marker', () => {
    const e = normalizeEntry({ ...base, details: { blob: 'x'.repeat(MAX_DETAILS_BYTES) } })
    expect(e.details).toEqual({ truncated: true })
  })
})
