import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** A drizzle handle that runs on a transaction's own connection. */
export type TTransactionDb = PostgresAdapter['sessions'][string]['db']

/**
 * The Postgres adapter behind `payload.db`. Payload types `db` as its generic adapter; this app is
 * configured with `@payloadcms/db-postgres` only (payload.config.ts), so the cast lives here once
 * instead of at every raw SQL call.
 */
export function postgresOf(payload: Payload): PostgresAdapter {
  return payload.db as unknown as PostgresAdapter
}

/**
 * The drizzle handle of a transaction Payload started (`payload.db.beginTransaction()`), or
 * undefined when it has already committed or rolled back and left the adapter's registry.
 */
export function transactionDb(
  payload: Payload,
  transactionID: string | number | null | undefined,
): TTransactionDb | undefined {
  if (transactionID === null || transactionID === undefined) return undefined
  return postgresOf(payload).sessions[transactionID]?.db
}
