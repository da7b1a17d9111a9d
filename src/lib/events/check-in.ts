import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { TStaffUser } from '@/access/user'
import { postgresOf } from '@/lib/db/postgres'
import { env } from '@/lib/env'

import { parseTicketToken, ticketSignatureValid } from './ticket-token'

export type TCheckInOutcome =
  | {
      outcome: 'checked-in' | 'already'
      holder: string
      guestNames: string[]
      checkedInAt: string
      checkedInBy: string
    }
  | { outcome: 'forged' | 'other-event' | 'cancelled' | 'waitlisted' }

type TRow = {
  id: string
  event_id: string
  status: string
  guest_names: unknown
  checked_in_at: Date | string | null
  holder: string | null
  checker: string | null
}

const lookup = (code: string) => sql`
  select r.id, r.event_id, r.status, r.guest_names, r.checked_in_at,
    trim(concat(c.first_name, ' ', c.last_name)) as holder,
    coalesce(nullif(trim(s.name), ''), s.email) as checker
  from event_registrations r
  join customers c on c.id = r.customer_id
  left join staff s on s.id = r.checked_in_by_id
  where r.ticket_code = ${code}`

/**
 * Checks a scanned or typed ticket in at `eventId`. A token that is malformed, unknown or not
 * signed with our secret is "forged"; a genuine one for another event, a cancelled or a waitlisted
 * place is refused by name. Marking it used is one conditional UPDATE (`checked_in_at is null`):
 * of several staff scanning the same ticket at once exactly one wins, the others read who did.
 */
export async function checkInTicket(args: {
  payload: Payload
  staff: TStaffUser
  eventId: string
  token: string
}): Promise<TCheckInOutcome> {
  const db = postgresOf(args.payload).drizzle
  const parsed = parseTicketToken(args.token)
  if (!parsed) return { outcome: 'forged' }
  const found = (await db.execute(lookup(parsed.code))).rows[0] as TRow | undefined
  const ref = found && { registrationId: found.id, eventId: found.event_id, code: parsed.code }
  if (!found || !ref || !ticketSignatureValid(ref, parsed.sig, env.EVENT_TICKET_SECRET))
    return { outcome: 'forged' }
  if (found.event_id !== args.eventId) return { outcome: 'other-event' }
  if (found.status === 'cancelled') return { outcome: 'cancelled' }
  if (found.status !== 'confirmed') return { outcome: 'waitlisted' }
  const won = await db.execute(sql`
    update event_registrations set checked_in_at = now(), checked_in_by_id = ${args.staff.id},
      updated_at = now()
    where id = ${found.id} and status = 'confirmed' and checked_in_at is null
    returning id`)
  const now = (await db.execute(lookup(parsed.code))).rows[0] as TRow
  if (now.status === 'cancelled') return { outcome: 'cancelled' }
  return {
    outcome: won.rows.length ? 'checked-in' : 'already',
    holder: now.holder ?? '',
    guestNames: Array.isArray(now.guest_names) ? now.guest_names.map(String) : [],
    checkedInAt: new Date(String(now.checked_in_at)).toISOString(),
    checkedInBy: now.checker ?? '',
  }
}
