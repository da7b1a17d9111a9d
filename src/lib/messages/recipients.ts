import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { postgresOf, transactionDb } from '@/lib/db/postgres'
import type { TRecipient } from '@/lib/live/publish'
import type { Conversation } from '@/payload-types'

import { absentUntil } from './absence'
import { idOf } from './readable-conversation'

/**
 * The staff who follow a conversation live: whoever it is assigned to, the customer's account
 * manager, the colleague covering for either while they are away (as absenceOf in covers.ts
 * decides it), and every administrator (they see all conversations). One statement, in the
 * caller's transaction: it runs inside every send, before the commit that delivers it.
 */
export async function staffOfConversation(
  req: PayloadRequest,
  conversation: Pick<Conversation, 'customer' | 'assignedTo'>,
): Promise<string[]> {
  const ids = new Set<string>()
  const assigned = idOf(conversation.assignedTo)
  if (assigned) ids.add(assigned)
  const customerId = idOf(conversation.customer)
  const db =
    transactionDb(req.payload, req.transactionID ? await req.transactionID : undefined) ??
    postgresOf(req.payload).drizzle
  // system: who to tell, whoever wrote — the holders with their absence, and the administrators.
  const { rows } = await db.execute<TStaffRow>(sql`
    with holders as (
      select ${assigned}::uuid as id
      union select account_manager_id from customers where id = ${customerId}::uuid
    )
    select s.id, s.id in (select id from holders) as holder, s.absence_covered_by_id,
      extract(epoch from s.absence_from)::float8 * 1000 as absence_from,
      extract(epoch from s.absence_until)::float8 * 1000 as absence_until,
      s.working_hours_time_zone
    from staff s
    where s.id in (select id from holders) or s.role = 'admin'`)
  const at = new Date()
  for (const r of rows) {
    ids.add(String(r.id))
    if (!r.holder || !r.absence_covered_by_id) continue
    const absence = { from: iso(r.absence_from), until: iso(r.absence_until) }
    if (absentUntil(absence, r.working_hours_time_zone, at))
      ids.add(String(r.absence_covered_by_id))
  }
  return [...ids]
}

type TStaffRow = {
  id: string
  holder: boolean
  /** Epoch milliseconds. */
  absence_from: number | null
  absence_until: number | null
  absence_covered_by_id: string | null
  working_hours_time_zone: string | null
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

/** Stream addresses for a conversation's people; the customer only when `customerToo`. */
export async function recipientsOf(
  req: PayloadRequest,
  conversation: Pick<Conversation, 'customer' | 'assignedTo'>,
  customerToo: boolean,
): Promise<TRecipient[]> {
  const staff = (await staffOfConversation(req, conversation)).map((id) => `s:${id}` as const)
  const customer = idOf(conversation.customer)
  return customerToo && customer ? [`c:${customer}`, ...staff] : staff
}
