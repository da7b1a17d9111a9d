import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { postgresOf, transactionDb } from '@/lib/db/postgres'
import { advisoryXactLock } from '@/lib/db/with-advisory-lock'
import type { AuditLog } from '@/payload-types'

import { chainHash, GENESIS_HASH } from './chain'
import { normalizeEntry, type TAuditEntryInput } from './normalize-entry'
import { requestContextFromHeaders } from './request-context'

/** Any 64-bit number, the same in every instance: one writer at a time extends the chain. */
export const AUDIT_CHAIN_LOCK = 7_310_114_023

/**
 * Appends the next entry to the audit chain.
 *
 * Inside a caller's transaction (`req.transactionID`) the entry commits or rolls back with the
 * action it records (ARCHITECTURE rule 6); without one it gets its own. Either way, a transaction-
 * scoped advisory lock, taken on that transaction's own connection, serialises writers from every
 * app instance: read the last (seq, hash), insert seq + 1, and the lock is released at commit, so
 * the next writer sees this row. Callers inside a long transaction hold the lock until it ends,
 * so record the audit entry last.
 */
export async function recordAudit(args: {
  payload: Payload
  req?: Partial<PayloadRequest>
  entry: TAuditEntryInput
}): Promise<AuditLog> {
  const { payload, req } = args
  const db = postgresOf(payload)
  const fromHeaders = requestContextFromHeaders(req?.headers)
  const entry = normalizeEntry({
    ...args.entry,
    ip: args.entry.ip ?? fromHeaders.ip,
    userAgent: args.entry.userAgent ?? fromHeaders.userAgent,
    requestId: args.entry.requestId ?? fromHeaders.requestId,
  })

  // A transaction that was already rolled back has left the registry: do not pretend to join it.
  const outer = req?.transactionID ? await req.transactionID : undefined
  const joined = transactionDb(payload, outer) ? outer : undefined
  const transactionID = joined ?? (await db.beginTransaction())
  if (transactionID === null || transactionID === undefined) {
    throw new Error('recordAudit needs a database transaction')
  }
  try {
    const tx = transactionDb(payload, transactionID)
    if (!tx) throw new Error('recordAudit lost its database transaction')
    await advisoryXactLock(tx, AUDIT_CHAIN_LOCK)
    const { rows } = await tx.execute(
      sql`select seq, hash from audit_log order by seq desc limit 1`,
    )
    const last = rows[0] as { seq: string | number; hash: string } | undefined
    const seq = last ? Number(last.seq) + 1 : 1
    const prevHash = last ? last.hash : GENESIS_HASH
    const content = { ...entry, seq, createdAt: new Date().toISOString() }
    const doc = await payload.create({
      collection: 'audit-log',
      data: { ...content, prevHash, hash: chainHash(prevHash, content) },
      depth: 0,
      overrideAccess: true, // system: the audit log has no write access for anyone; only this writer
      req: { transactionID },
    })
    if (!joined) await db.commitTransaction(transactionID)
    return doc
  } catch (err) {
    if (!joined) await db.rollbackTransaction(transactionID)
    throw err
  }
}
