import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import { asCustomerUser } from '@/access/user'
import { postgresOf } from '@/lib/db/postgres'
import { cancelRegistration, changeRegistration } from '@/lib/events/registrations'
import { createEvent, registerCustomer } from '@/seed/event-factories'
import { createCustomer, createOrder } from '@/seed/factories'
import type { Customer } from '@/payload-types'

import { buildWorld, type TWorld } from './support/world'

let w: TWorld
beforeAll(async () => {
  w = await buildWorld()
}, 120_000)

async function customers(n: number): Promise<Customer[]> {
  const out: Customer[] = []
  for (let i = 0; i < n; i += 25)
    out.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(25, n - i) }, () =>
          createCustomer(w.payload, { accountManager: w.managerA.id }),
        ),
      )),
    )
  return out
}

const rowsOf = async (eventId: string) =>
  (
    await postgresOf(w.payload).drizzle.execute(sql`
      select customer_id, status, guests, queue_no from event_registrations
      where event_id = ${eventId} order by queue_no`)
  ).rows as { customer_id: string; status: string; guests: string; queue_no: string }[]

const promotedNotices = async (customerId: string) =>
  (
    await w.payload.find({
      collection: 'notifications',
      where: {
        customer: { equals: customerId },
        'title.key': { equals: 'Events.notify.promotedTitle' },
      },
      overrideAccess: true,
      limit: 10,
    })
  ).totalDocs

const input = (guestNames: string[] = []) => ({
  guests: guestNames.length,
  guestNames,
  dietary: '',
})

describe('event registrations: seats under concurrency', () => {
  it('500 concurrent registrations for 20 seats: exactly 20 confirmed, the rest waitlisted in arrival order', async () => {
    const event = await createEvent(w.payload, { capacity: 20 })
    const people = await customers(500)
    const results = await Promise.all(
      people.map((c) =>
        registerCustomer(w.payload, c, event.id).then(
          (r) => r,
          (err: Error) => ({ error: err.message }),
        ),
      ),
    )
    expect(results.filter((r) => 'error' in r)).toEqual([])
    const rows = await rowsOf(event.id)
    expect(rows).toHaveLength(500)
    const confirmed = rows.filter((r) => r.status === 'confirmed')
    const waiting = rows.filter((r) => r.status === 'waitlisted')
    expect(confirmed).toHaveLength(20)
    expect(waiting).toHaveLength(480)
    // Arrival = the order the lock was granted: the first 20 got seats, everyone after waits.
    expect(rows.slice(0, 20).every((r) => r.status === 'confirmed')).toBe(true)
    const positions = results
      .filter(
        (r): r is { id: string; status: 'waitlisted'; position: number } =>
          'position' in r && r.status === 'waitlisted',
      )
      .map((r) => r.position)
      .sort((a, b) => a - b)
    expect(positions).toEqual(Array.from({ length: 480 }, (_, i) => i + 1))
  }, 240_000)

  it('registrations that arrive one after another keep their order on the waitlist', async () => {
    const event = await createEvent(w.payload, { capacity: 3 })
    const people = await customers(8)
    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))
    await Promise.all(
      people.map(async (c, i) => {
        await pause(i * 200)
        return registerCustomer(w.payload, c, event.id)
      }),
    )
    const rows = await rowsOf(event.id)
    expect(rows.map((r) => r.customer_id)).toEqual(people.map((c) => c.id))
    expect(rows.map((r) => r.status)).toEqual([
      ...Array(3).fill('confirmed'),
      ...Array(5).fill('waitlisted'),
    ])
  }, 60_000)

  it('concurrent cancellations promote the first waitlisted, each exactly once', async () => {
    const event = await createEvent(w.payload, { capacity: 3 })
    const people = await customers(8)
    const regs: { id: string }[] = []
    for (const c of people) regs.push(await registerCustomer(w.payload, c, event.id))
    // The same cancellation twice at once, and the two others beside it.
    const cancels = [0, 0, 1, 2].map((i) =>
      cancelRegistration({
        payload: w.payload,
        customer: asCustomerUser(people[i]),
        id: regs[i].id,
      }).then(
        () => 'ok',
        (err: Error) => err.message,
      ),
    )
    const outcomes = await Promise.all(cancels)
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(3)
    expect(outcomes.filter((o) => o !== 'ok')).toEqual(['This registration does not exist.'])
    const rows = await rowsOf(event.id)
    expect(rows.map((r) => r.status)).toEqual([
      ...Array(3).fill('cancelled'),
      ...Array(3).fill('confirmed'),
      ...Array(2).fill('waitlisted'),
    ])
    for (const c of people.slice(3, 6)) expect(await promotedNotices(c.id)).toBe(1)
    for (const c of people.slice(6)) expect(await promotedNotices(c.id)).toBe(0)
  }, 60_000)

  it('a freed seat goes to the first waitlisted party that fits', async () => {
    const event = await createEvent(w.payload, { capacity: 4, maxGuests: 3 })
    const [a, b, c, d, big, small] = await customers(6)
    const ra = await registerCustomer(w.payload, a, event.id)
    for (const x of [b, c, d]) await registerCustomer(w.payload, x, event.id)
    const rBig = await registerCustomer(w.payload, big, event.id, ['Guest One', 'Guest Two'])
    const rSmall = await registerCustomer(w.payload, small, event.id)
    expect([rBig.status, rBig.position, rSmall.position]).toEqual(['waitlisted', 1, 2])
    await cancelRegistration({ payload: w.payload, customer: asCustomerUser(a), id: ra.id })
    const rows = await rowsOf(event.id)
    const status = (x: Customer) => rows.find((r) => r.customer_id === x.id)?.status
    expect([status(big), status(small)]).toEqual(['waitlisted', 'confirmed'])
  }, 60_000)

  it('more guests on a full event are refused and nothing changes; fewer free a seat', async () => {
    const event = await createEvent(w.payload, { capacity: 3, maxGuests: 2 })
    const [a, b, c] = await customers(3)
    const ra = await registerCustomer(w.payload, a, event.id, ['Ann'])
    await registerCustomer(w.payload, b, event.id)
    await registerCustomer(w.payload, c, event.id)
    const more = changeRegistration({
      payload: w.payload,
      customer: asCustomerUser(a),
      id: ra.id,
      input: input(['Ann', 'Bea']),
    })
    await expect(more).rejects.toThrow(/Only 0 more seats/)
    await changeRegistration({
      payload: w.payload,
      customer: asCustomerUser(a),
      id: ra.id,
      input: input(),
    })
    const rows = await rowsOf(event.id)
    expect(rows.map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'confirmed'])
  }, 60_000)

  it('refuses another customer’s registration, a second one, too many guests and a closed one', async () => {
    const event = await createEvent(w.payload, { capacity: 10, maxGuests: 1 })
    const ra = await registerCustomer(w.payload, w.customerA, event.id)
    const asB = asCustomerUser(w.customerB)
    await expect(
      cancelRegistration({ payload: w.payload, customer: asB, id: ra.id }),
    ).rejects.toThrow('This registration does not exist.')
    await expect(registerCustomer(w.payload, w.customerA, event.id)).rejects.toThrow(
      'already registered',
    )
    await expect(registerCustomer(w.payload, w.customerB, event.id, ['x', 'y'])).rejects.toThrow(
      'at most 1 guests',
    )
    const closed = await createEvent(w.payload, { closesAt: new Date(Date.now() - 1000) })
    await expect(registerCustomer(w.payload, w.customerB, closed.id)).rejects.toThrow('closed')
    const forF22 = await createEvent(w.payload, { eligibility: 'owners', eligibleModels: ['f22'] })
    await expect(registerCustomer(w.payload, w.customerA, forF22.id)).rejects.toThrow(
      'This event does not exist.',
    )
    await createOrder(w.payload, { customer: w.customerB.id, model: 'f22' })
    expect((await registerCustomer(w.payload, w.customerB, forF22.id)).status).toBe('confirmed')
  }, 60_000)

  it('the database refuses an overbooking written past the locked path, and a capacity below the booked seats', async () => {
    const event = await createEvent(w.payload, { capacity: 1 })
    const [a, b] = await customers(2)
    await registerCustomer(w.payload, a, event.id)
    const rb = await registerCustomer(w.payload, b, event.id)
    const db = postgresOf(w.payload).drizzle
    await expect(
      db.execute(sql`update event_registrations set status = 'confirmed' where id = ${rb.id}`),
    ).rejects.toThrow()
    await expect(
      w.payload.update({
        collection: 'events',
        id: event.id,
        data: { capacity: 0 + 1, maxGuests: 0 },
        overrideAccess: true,
        context: { seed: true },
      }),
    ).resolves.toBeTruthy()
    await expect(
      db.execute(sql`update events set capacity = 0 where id = ${event.id}`),
    ).rejects.toThrow()
    const rows = await rowsOf(event.id)
    expect(rows.map((r) => r.status)).toEqual(['confirmed', 'waitlisted'])
  }, 60_000)
})

describe('event reminders', () => {
  it('remind each confirmed registrant of a soon event once, never the waitlisted', async () => {
    const { sendEventReminders } = await import('@/lib/events/send-reminders')
    const soon = await createEvent(w.payload, {
      capacity: 1,
      startsAt: new Date(Date.now() + 3600_000),
    })
    const later = await createEvent(w.payload, { startsAt: new Date(Date.now() + 30 * 86400_000) })
    const [a, b] = await customers(2)
    await registerCustomer(w.payload, a, soon.id)
    await registerCustomer(w.payload, b, soon.id)
    await registerCustomer(w.payload, b, later.id)
    const [one, two] = await Promise.all([
      sendEventReminders(w.payload),
      sendEventReminders(w.payload),
    ])
    expect(one + two).toBeGreaterThanOrEqual(1)
    const reminded = async (c: Customer) =>
      (
        await w.payload.find({
          collection: 'notifications',
          where: {
            customer: { equals: c.id },
            'title.key': { equals: 'Events.notify.reminderTitle' },
          },
          overrideAccess: true,
        })
      ).totalDocs
    expect(await reminded(a)).toBe(1)
    expect(await reminded(b)).toBe(0)
  }, 60_000)
})
