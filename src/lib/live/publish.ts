import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { postgresOf, transactionDb } from '@/lib/db/postgres'
import { advisoryXactLock } from '@/lib/db/with-advisory-lock'

/** The channel every process's live hub LISTENs on (src/lib/live/hub.ts). */
export const LIVE_CHANNEL = 'portal_live'
/** Any 64-bit number, the same in every instance: event ids are handed out in commit order. */
const LIVE_EVENTS_LOCK = 7_310_114_031

/** What a stream can be told; each names ids only, the stream reads the record as its reader. */
export type TLiveType = 'message' | 'read' | 'conversation'
/** A stream's address: `c:<customer id>` or `s:<staff id>`. */
export type TRecipient = `c:${string}` | `s:${string}`

/**
 * Records a live event for each recipient in the caller's transaction and NOTIFYs its id: a
 * rolled-back change tells nobody, a committed one reaches every app instance at commit. The
 * events stay in `live_events` so a stream that reconnects replays exactly what it missed
 * (`Last-Event-ID`). A transaction-scoped lock makes ids follow commit order, so "everything
 * after id N" never skips an event that committed late with a lower id.
 */
export async function publishLive(
  req: Partial<PayloadRequest> & { payload: Payload },
  recipients: readonly TRecipient[],
  type: TLiveType,
  data: Record<string, string | null>,
): Promise<void> {
  if (recipients.length === 0) return
  const tx = transactionDb(req.payload, req.transactionID ? await req.transactionID : undefined)
  // Outside a transaction the insert commits at once, in id order by itself.
  if (tx) await advisoryXactLock(tx, LIVE_EVENTS_LOCK)
  await (tx ?? postgresOf(req.payload).drizzle).execute(sql`
    with ins as (
      insert into live_events (recipient, type, data)
      select r, ${type}, ${JSON.stringify(data)}::jsonb
      from jsonb_array_elements_text(${JSON.stringify([...new Set(recipients)])}::jsonb) r
      returning id, recipient
    )
    select pg_notify(${LIVE_CHANNEL}, recipient || ' ' || id) from ins`)
}

/**
 * Something worth showing now and never again (someone is typing): NOTIFYed without an event
 * row or id, so it is not replayed after a reconnect.
 */
export async function publishEphemeral(
  payload: Payload,
  recipients: readonly TRecipient[],
  event: string,
  data: Record<string, string>,
): Promise<void> {
  if (recipients.length === 0) return
  const message = `~${JSON.stringify({ to: recipients, event, data })}`
  await postgresOf(payload).drizzle.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${message})`)
}
