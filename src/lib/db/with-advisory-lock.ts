import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { transactionDb, type TTransactionDb } from './postgres'
import { withTransaction } from './with-transaction'

/**
 * Takes a transaction-scoped advisory lock on `tx`'s connection: other instances asking for the
 * same key wait until this transaction ends. A string key is hashed by Postgres (`hashtext`), so
 * callers can name locks after what they protect; a number is used as it is.
 */
export async function advisoryXactLock(tx: TTransactionDb, key: string | number): Promise<void> {
  await tx.execute(
    typeof key === 'number'
      ? sql`select pg_advisory_xact_lock(${key})`
      : sql`select pg_advisory_xact_lock(hashtext(${key}))`,
  )
}

/**
 * Runs `fn` in a fresh transaction that holds the advisory lock `key` until it commits or rolls
 * back: two requests that read and rewrite the same state take turns instead of racing.
 */
export async function withAdvisoryLock<T>(
  payload: Payload,
  key: string | number,
  fn: (req: Partial<PayloadRequest>) => Promise<T>,
): Promise<T> {
  return withTransaction(payload, async (req) => {
    const tx = transactionDb(payload, await req.transactionID)
    if (!tx) throw new Error(`no transaction for the advisory lock ${key}`)
    await advisoryXactLock(tx, key)
    return fn(req)
  })
}
