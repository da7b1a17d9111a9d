import { describe, expect, it } from 'vitest'

import { chainHash, GENESIS_HASH } from './chain'
import type { TAuditRow } from './types'
import { createChainVerifier, verifyChain } from './verify-chain'

/** A valid chain of n entries, built the way recordAudit builds it. */
function chain(n: number): TAuditRow[] {
  const rows: TAuditRow[] = []
  let prevHash = GENESIS_HASH
  for (let seq = 1; seq <= n; seq++) {
    const content = {
      seq,
      createdAt: new Date(Date.UTC(2026, 10, 24, 12, 0, seq)).toISOString(),
      actorType: 'customer' as const,
      actorId: `c${seq}`,
      actorLabel: `c${seq}@example.test`,
      action: 'auth.sign-in.succeeded',
      targetType: 'customer',
      targetId: `c${seq}`,
      outcome: 'success' as const,
      ip: null,
      userAgent: null,
      requestId: `req-${seq}-abcdefgh`,
      details: seq % 2 ? { n: seq } : null,
    }
    const hash = chainHash(prevHash, content)
    rows.push({ ...content, prevHash, hash })
    prevHash = hash
  }
  return rows
}

describe('chainHash', () => {
  it('is sha256 hex over the previous hash and the content, so both matter', () => {
    const [row] = chain(1)
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(chainHash('f'.repeat(64), row)).not.toBe(row.hash)
  })
})

describe('verifyChain', () => {
  it('accepts an intact chain, and an empty one', () => {
    expect(verifyChain(chain(5))).toEqual({ ok: true, checked: 5 })
    expect(verifyChain([])).toEqual({ ok: true, checked: 0 })
  })

  it('finds a changed field at the changed entry', () => {
    const rows = chain(5)
    rows[2] = { ...rows[2], actorLabel: 'someone-else@example.test' }
    expect(verifyChain(rows)).toEqual({
      ok: false,
      checked: 2,
      firstBroken: { seq: 3, reason: 'content does not match its hash' },
    })
  })

  it('finds a change even when the hash was recomputed, at the next link', () => {
    const rows = chain(5)
    const forged = { ...rows[2], outcome: 'failure' as const }
    rows[2] = { ...forged, hash: chainHash(forged.prevHash, forged) }
    expect(verifyChain(rows).firstBroken).toEqual({
      seq: 4,
      reason: 'prevHash does not match the previous entry',
    })
  })

  it('finds a removed entry, including the first one', () => {
    const rows = chain(5)
    expect(verifyChain([...rows.slice(0, 2), ...rows.slice(3)]).firstBroken).toEqual({
      seq: 4,
      reason: 'entry missing: expected seq 3, found 4',
    })
    expect(verifyChain(rows.slice(1)).firstBroken?.seq).toBe(2)
  })

  it('finds reordered entries', () => {
    const rows = chain(4)
    expect(verifyChain([rows[0], rows[2], rows[1], rows[3]]).firstBroken?.seq).toBe(3)
    // Swapping the seq numbers as well still breaks the links.
    const swapped = [rows[0], { ...rows[2], seq: 2 }, { ...rows[1], seq: 3 }, rows[3]]
    expect(verifyChain(swapped)).toMatchObject({ ok: false, firstBroken: { seq: 2 } })
  })

  it('verifies in batches with the same result, and stops at the first break', () => {
    const rows = chain(6)
    rows[4] = { ...rows[4], hash: '0'.repeat(64) }
    const verifier = createChainVerifier()
    for (const batch of [rows.slice(0, 2), rows.slice(2, 4), rows.slice(4)])
      batch.forEach((r) => verifier.push(r))
    expect(verifier.result()).toEqual(verifyChain(rows))
    expect(verifier.result()).toMatchObject({ checked: 4, firstBroken: { seq: 5 } })
  })
})
