import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { postgresOf } from '@/lib/db/postgres'
import { createEvent, registerCustomer } from '@/seed/event-factories'
import { createCustomer } from '@/seed/factories'

import { buildWorld, type TWorld } from './support/world'

// As if every registration came from a different app instance: no in-process queue, so only
// the event row's lock in PostgreSQL stands between them.
vi.mock('@/lib/events/event-lock', async (original) => {
  const actual = await original<typeof import('@/lib/events/event-lock')>()
  return { ...actual, withEventLock: actual.lockedTransaction }
})

let w: TWorld
beforeAll(async () => {
  w = await buildWorld()
}, 120_000)

describe('event registrations across instances', () => {
  it('80 simultaneous registrations for 8 seats confirm exactly 8', async () => {
    const event = await createEvent(w.payload, { capacity: 8 })
    const people = await Promise.all(
      Array.from({ length: 80 }, () =>
        createCustomer(w.payload, { accountManager: w.managerA.id }),
      ),
    )
    const results = await Promise.allSettled(
      people.map((c) => registerCustomer(w.payload, c, event.id)),
    )
    expect(results.filter((r) => r.status === 'rejected')).toEqual([])
    const { rows } = await postgresOf(w.payload).drizzle.execute(sql`
      select status, count(*)::int as n from event_registrations
      where event_id = ${event.id} group by status order by status`)
    expect(rows).toEqual([
      { status: 'confirmed', n: 8 },
      { status: 'waitlisted', n: 72 },
    ])
  }, 120_000)
})
