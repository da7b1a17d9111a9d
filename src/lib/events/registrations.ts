import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import type { TCustomerUser } from '@/access/user'
import { AppError } from '@/lib/errors'
import { notify } from '@/lib/notify'

import { seatsTaken, withEventLock, type TLockedEvent, type TSeatTx } from './event-lock'
import type { TRegistrationInput } from './schema'
import { newTicketCode } from './ticket-token'

export type TRegistrationResult = {
  id: string
  status: 'confirmed' | 'waitlisted' | 'cancelled'
  /** Place on the waitlist, 1 = next in line. */
  position: number | null
}

/** An event the customer may see (their access rule), or 404 as if it did not exist. */
async function eligibleEvent(payload: Payload, customer: TCustomerUser, eventId: string) {
  const event = await payload.findByID({
    collection: 'events',
    id: eventId,
    user: customer,
    overrideAccess: false,
    disableErrors: true,
    depth: 0,
    select: { title: true, registrationOpensAt: true },
  })
  if (!event) throw new AppError('NOT_FOUND', 'This event does not exist.')
  return event
}

function assertOpen(event: TLockedEvent, opensAt: string | null | undefined, now = new Date()) {
  if (opensAt && now < new Date(opensAt))
    throw new AppError('CONFLICT', 'Registration for this event has not opened yet.')
  if (now >= (event.closesAt ?? event.startsAt))
    throw new AppError('CONFLICT', 'Registration for this event has closed.')
}

function assertGuests(event: TLockedEvent, input: TRegistrationInput) {
  if (input.guests > event.maxGuests)
    throw new AppError('BAD_REQUEST', `This event allows at most ${event.maxGuests} guests.`, {
      issues: [{ path: 'guests', message: `At most ${event.maxGuests}.` }],
    })
}

async function waitlistPosition(s: TSeatTx, id: string): Promise<number> {
  const { rows } = await s.tx.execute(sql`
    select count(*) as ahead from event_registrations w, event_registrations me
    where me.id = ${id} and w.event_id = me.event_id and w.status = 'waitlisted'
      and w.queue_no <= me.queue_no`)
  return Number((rows[0] as { ahead: unknown }).ahead)
}

const confirmedNotice = (req: PayloadRequest, customer: string, eventId: string, title: string) =>
  notify(
    {
      customer,
      type: 'event-news',
      title: { key: 'Events.notify.confirmedTitle', params: { event: title } },
      body: { key: 'Events.notify.confirmedBody' },
      link: `/events/${eventId}/ticket`,
      entity: { collection: 'events', id: eventId },
    },
    req,
  )

/**
 * Registers a customer (with guests) for an event they are eligible for. Under the event row's
 * lock: confirmed when the seats fit, else on the waitlist in order of arrival. A confirmation
 * notification (and its mail) commits with the registration.
 */
export async function registerForEvent(args: {
  payload: Payload
  customer: TCustomerUser
  eventId: string
  input: TRegistrationInput
  /** `{ seed: true }` from demo data and factories: nobody is told. */
  context?: { seed?: boolean }
}): Promise<TRegistrationResult> {
  const { payload, customer, eventId, input } = args
  const visible = await eligibleEvent(payload, customer, eventId)
  return withEventLock(payload, eventId, async (s) => {
    assertOpen(s.event, visible.registrationOpensAt)
    assertGuests(s.event, input)
    const taken = await seatsTaken(s.tx, eventId)
    const status = taken + 1 + input.guests <= s.event.capacity ? 'confirmed' : 'waitlisted'
    const { rows } = await s.tx.execute(sql`
      insert into event_registrations
        (event_id, customer_id, status, guests, guest_names, dietary, queue_no, ticket_code)
      values (${eventId}, ${customer.id}, ${status}, ${input.guests},
        ${JSON.stringify(input.guestNames)}::jsonb, ${input.dietary || null},
        nextval('event_registrations_queue_no_seq'), ${newTicketCode()})
      returning id`)
    const id = String((rows[0] as { id: unknown }).id)
    if (status === 'confirmed' && !args.context?.seed)
      await confirmedNotice(s.req, customer.id, eventId, String(visible.title ?? ''))
    return { id, status, position: status === 'waitlisted' ? await waitlistPosition(s, id) : null }
  })
}

type TOwnRow = { id: string; event_id: string; status: string; guests: number }

/** The customer's own active registration, read under the event lock (404 for anyone else's). */
async function ownActive(s: TSeatTx, customerId: string, id: string): Promise<TOwnRow> {
  const { rows } = await s.tx.execute(sql`
    select id, event_id, status, guests from event_registrations
    where id = ${id} and customer_id = ${customerId} and event_id = ${s.event.id}
      and status <> 'cancelled'`)
  const row = rows[0] as TOwnRow | undefined
  if (!row) throw new AppError('NOT_FOUND', 'This registration does not exist.')
  return { ...row, guests: Number(row.guests) }
}

function assertBeforeDeadline(event: TLockedEvent, now = new Date()) {
  if (now >= (event.closesAt ?? event.startsAt))
    throw new AppError('CONFLICT', 'The deadline for changes has passed.')
}

/** Which event a registration of this customer belongs to (404 when not theirs). */
async function eventOfOwn(payload: Payload, customer: TCustomerUser, id: string) {
  const reg = await payload.findByID({
    collection: 'event-registrations',
    id,
    user: customer,
    overrideAccess: false,
    disableErrors: true,
    depth: 0,
    select: { event: true },
  })
  if (!reg) throw new AppError('NOT_FOUND', 'This registration does not exist.')
  return String(typeof reg.event === 'object' ? reg.event.id : reg.event)
}

/**
 * Changes guests, their names or dietary needs before the deadline. More guests on a confirmed
 * place must fit the free seats; fewer free seats for the waitlist.
 */
export async function changeRegistration(args: {
  payload: Payload
  customer: TCustomerUser
  id: string
  input: TRegistrationInput
}): Promise<TRegistrationResult> {
  const { payload, customer, id, input } = args
  const eventId = await eventOfOwn(payload, customer, id)
  await eligibleEvent(payload, customer, eventId)
  return withEventLock(payload, eventId, async (s) => {
    assertBeforeDeadline(s.event)
    assertGuests(s.event, input)
    const own = await ownActive(s, customer.id, id)
    if (own.status === 'confirmed' && input.guests > own.guests) {
      const free = s.event.capacity - (await seatsTaken(s.tx, eventId))
      if (input.guests - own.guests > free)
        throw new AppError('CONFLICT', `Only ${free} more seats are free; your place is unchanged.`)
    }
    await s.tx.execute(sql`
      update event_registrations set guests = ${input.guests},
        guest_names = ${JSON.stringify(input.guestNames)}::jsonb, dietary = ${input.dietary || null},
        updated_at = now()
      where id = ${id}`)
    if (own.status === 'confirmed' && input.guests < own.guests) await promoteWaitlisted(s)
    const status = own.status as 'confirmed' | 'waitlisted'
    return { id, status, position: status === 'waitlisted' ? await waitlistPosition(s, id) : null }
  })
}

/** Cancels before the deadline; a freed seat goes to the first on the waitlist who fits. */
export async function cancelRegistration(args: {
  payload: Payload
  customer: TCustomerUser
  id: string
}): Promise<TRegistrationResult> {
  const { payload, customer, id } = args
  const eventId = await eventOfOwn(payload, customer, id)
  return withEventLock(payload, eventId, async (s) => {
    assertBeforeDeadline(s.event)
    const own = await ownActive(s, customer.id, id)
    await s.tx.execute(sql`
      update event_registrations set status = 'cancelled', cancelled_at = now(), updated_at = now()
      where id = ${id}`)
    if (own.status === 'confirmed') await promoteWaitlisted(s)
    return { id, status: 'cancelled', position: null }
  })
}

/**
 * Confirms waitlisted registrations in order of arrival while seats are free, skipping one whose
 * party does not fit (the next smaller one may). Runs under the event lock, so a seat is handed
 * out once however many cancel at the same moment; each promoted customer is told.
 */
export async function promoteWaitlisted(s: TSeatTx): Promise<string[]> {
  let free = s.event.capacity - (await seatsTaken(s.tx, s.event.id))
  if (free <= 0) return []
  const { rows } = await s.tx.execute(sql`
    select r.id, r.customer_id, r.guests, l.title from event_registrations r
    left join events_locales l on l._parent_id = r.event_id and l._locale = 'en'
    where r.event_id = ${s.event.id} and r.status = 'waitlisted' order by r.queue_no`)
  const promoted: string[] = []
  for (const row of rows as {
    id: string
    customer_id: string
    guests: unknown
    title: unknown
  }[]) {
    const seats = 1 + Number(row.guests)
    if (seats > free) continue
    await s.tx.execute(sql`
      update event_registrations set status = 'confirmed', promoted_at = now(), updated_at = now()
      where id = ${row.id}`)
    free -= seats
    promoted.push(row.id)
    await notify(
      {
        customer: row.customer_id,
        type: 'event-news',
        title: { key: 'Events.notify.promotedTitle', params: { event: String(row.title ?? '') } },
        body: { key: 'Events.notify.promotedBody' },
        link: `/events/${s.event.id}/ticket`,
        entity: { collection: 'events', id: s.event.id },
      },
      s.req,
    )
    if (free <= 0) break
  }
  return promoted
}
