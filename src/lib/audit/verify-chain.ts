import { chainHash, GENESIS_HASH } from './chain'
import type { TAuditRowLike } from './types'

export type TChainBreak = { seq: number; reason: string }
export type TChainResult = { ok: boolean; checked: number; firstBroken?: TChainBreak }

/**
 * Checks rows in seq order, one at a time, so a caller can stream millions of rows in batches.
 * Stops at the first break: everything after it is unverifiable anyway.
 */
export function createChainVerifier() {
  let expectedSeq = 1
  let prevHash = GENESIS_HASH
  let checked = 0
  let firstBroken: TChainBreak | undefined

  function check(row: TAuditRowLike): string | null {
    const seq = Number(row.seq)
    if (seq > expectedSeq) return `entry missing: expected seq ${expectedSeq}, found ${seq}`
    if (seq < expectedSeq) return `out of order: seq ${seq} after seq ${expectedSeq - 1}`
    if (row.prevHash !== prevHash) return 'prevHash does not match the previous entry'
    if (chainHash(prevHash, row) !== row.hash) return 'content does not match its hash'
    return null
  }

  return {
    /** false once the chain is broken; further rows are ignored. */
    push(row: TAuditRowLike): boolean {
      if (firstBroken) return false
      const reason = check(row)
      if (reason) {
        firstBroken = { seq: Number(row.seq), reason }
        return false
      }
      checked++
      expectedSeq++
      prevHash = String(row.hash)
      return true
    },
    result(): TChainResult {
      return firstBroken ? { ok: false, checked, firstBroken } : { ok: true, checked }
    },
  }
}

/** Verifies a complete, seq-ordered list of entries starting at seq 1. */
export function verifyChain(rows: Iterable<TAuditRowLike>): TChainResult {
  const verifier = createChainVerifier()
  for (const row of rows) if (!verifier.push(row)) break
  return verifier.result()
}
