import 'server-only'

import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { withTransaction } from '@/lib/db/with-transaction'

/**
 * Runs `fn` in a transaction that holds a per-customer advisory lock: two requests that read and
 * rewrite the same second-factor state (a recovery code, the last TOTP step) take turns, so a
 * code cannot be spent twice by racing requests.
 */
export async function withCustomerLock<T>(
  payload: Payload,
  customerId: string,
  fn: (req: Partial<PayloadRequest>) => Promise<T>,
): Promise<T> {
  return withTransaction(payload, async (req) => {
    const db = payload.db as unknown as PostgresAdapter
    const id = await req.transactionID
    if (id === undefined || id === null) throw new Error('no transaction for the customer lock')
    await db.sessions[id].db.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`second-factor:${customerId}`}))`,
    )
    return fn(req)
  })
}
