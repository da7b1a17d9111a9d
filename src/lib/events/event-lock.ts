import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { transactionDb, type TTransactionDb } from '@/lib/db/postgres'
import { withTransaction } from '@/lib/db/with-transaction'
import { AppError } from '@/lib/errors'

export type TLockedEvent = {
  id: string
  capacity: number
  maxGuests: number
  startsAt: Date
  closesAt: Date | null
}

export type TSeatTx = { tx: TTransactionDb; req: PayloadRequest; event: TLockedEvent }

/**
 * Runs `fn` in one transaction that holds the event row's lock (`SELECT … FOR UPDATE`): every
 * registration, change, cancellation and promotion for one event takes turns here, so seats are
 * counted by one writer at a time. Notifications written with `req` commit or roll back with it.
 */
export function withEventLock<T>(
  payload: Payload,
  eventId: string,
  fn: (s: TSeatTx) => Promise<T>,
): Promise<T> {
  // Within one process, writers for the same event queue here rather than each holding a pooled
  // connection while it waits on the row lock: 500 at once would empty the pool and time out
  // every other request. Across processes the row lock alone decides; correctness never rests
  // on this queue.
  const before = queues.get(eventId) ?? Promise.resolve()
  const run = before.then(() => lockedTransaction(payload, eventId, fn))
  const tail = run.then(
    () => undefined,
    () => undefined,
  )
  queues.set(eventId, tail)
  void tail.then(() => {
    if (queues.get(eventId) === tail) queues.delete(eventId)
  })
  return run
}

const queues = new Map<string, Promise<void>>()

/** The transaction holding the event row's lock, without the in-process queue. */
export async function lockedTransaction<T>(
  payload: Payload,
  eventId: string,
  fn: (s: TSeatTx) => Promise<T>,
): Promise<T> {
  try {
    return await withTransaction(payload, async ({ transactionID }) => {
      const tx = transactionDb(payload, await transactionID)
      if (!tx) throw new Error('no transaction for the event lock')
      const { rows } = await tx.execute(sql`
        select id, capacity, max_guests, starts_at, registration_closes_at
        from events where id = ${eventId} for update`)
      const row = rows[0] as Record<string, unknown> | undefined
      if (!row) throw new AppError('NOT_FOUND', 'This event does not exist.')
      const event: TLockedEvent = {
        id: String(row.id),
        capacity: Number(row.capacity ?? 0),
        maxGuests: Number(row.max_guests ?? 0),
        startsAt: new Date(String(row.starts_at)),
        closesAt: row.registration_closes_at ? new Date(String(row.registration_closes_at)) : null,
      }
      const req = await createLocalReq({ req: { transactionID: await transactionID } }, payload)
      return fn({ tx, req, event })
    })
  } catch (err) {
    throw translateDbError(err)
  }
}

/** Seats confirmed at the event now (each registration counts itself and its guests). */
export async function seatsTaken(tx: TTransactionDb, eventId: string): Promise<number> {
  const { rows } = await tx.execute(sql`
    select coalesce(sum(1 + guests), 0) as taken from event_registrations
    where event_id = ${eventId} and status = 'confirmed'`)
  return Number((rows[0] as { taken: unknown }).taken)
}

/** The database's own refusals, said as a person would (the trigger and unique index of the migration). */
function translateDbError(err: unknown): unknown {
  const e = (err as { cause?: unknown })?.cause ?? err
  const code = (e as { code?: string })?.code
  const constraint = (e as { constraint?: string })?.constraint
  if (code === '23514' && constraint === 'event_registrations_capacity')
    return new AppError('CONFLICT', 'There are not enough seats left for this change.')
  if (code === '23505' && constraint === 'event_registrations_active_once')
    return new AppError('CONFLICT', 'You are already registered for this event.')
  return err
}
