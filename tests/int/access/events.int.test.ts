import { describe, expect, it } from 'vitest'

import { createEvent } from '@/seed/event-factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'
import { graphql, rest } from '../support/http'

const docs: Record<string, string> = {}

/**
 * Events: staff read all, drafts included; marketing and admins write. Customer A (a P24 RS
 * owner) reads published events open to everyone (P), for P24 RS owners (O) and those they are
 * invited to (I); never a draft (D), an event for F22 owners (F) or one only B is invited to (J).
 */
const world = accessTable({
  slug: 'events',
  gql: gqlNames('Event', 'Events'),
  setup: async (w) => {
    const make = async (name: string, extra: Parameters<typeof createEvent>[1]) => {
      docs[name] = (
        await createEvent(w.payload, { text: { en: { title: `Event ${name}` } }, ...extra })
      ).id
    }
    await make('P', {})
    await make('D', { status: 'draft' })
    await make('O', { eligibility: 'owners', eligibleModels: ['p24-rs'] })
    await make('F', { eligibility: 'owners', eligibleModels: ['f22'] })
    await make('I', { eligibility: 'invited', invitedCustomers: [w.customerA.id] })
    await make('J', { eligibility: 'invited', invitedCustomers: [w.customerB.id] })
  },
  docs: () => docs,
  read: row('P D O F I J', 'P D O F I J', 'P D O F I J', 'P D O F I J', 'P O I', ''),
  update: row('P D O F I J', '', 'P D O F I J', '', '', ''),
  delete: row('P D O F I J', '', 'P D O F I J', '', '', ''),
  create: row('new', '', 'new', '', '', ''),
  patch: { field: 'description', value: () => `description ${rand()}` },
  newDoc: () => {
    const startsAt = new Date(Date.now() + 86400_000)
    return {
      title: `New ${rand()}`,
      kind: 'dinner',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
      timeZone: 'Europe/Amsterdam',
      venue: 'Lelystad',
      address: 'Pelikaanweg 2',
      capacity: 10,
      maxGuests: 0,
      eligibility: 'everyone',
      _status: 'published',
    }
  },
  key: 'title',
  disposable: async (w) => (await createEvent(w.payload, {})).id,
})

describe('events: what a customer learns', () => {
  it('a draft answers 404 by id, also when asked for the draft', async () => {
    const { who } = world
    for (const q of ['', '?draft=true']) {
      const res = await rest('GET', `events/${docs.D}${q}`, who.customerA.headers)
      expect(res.status, q).toBe(404)
    }
    const gql = await graphql(
      `
        query ($id: String!) {
          Event(id: $id, draft: true) {
            id
          }
        }
      `,
      who.customerA.headers,
      { id: docs.D },
    )
    expect(gql.json.data?.Event ?? null).toBeNull()
  })

  it('never shows a customer who else is invited', async () => {
    const { w, who } = world
    const res = await rest('GET', `events/${docs.I}?depth=0`, who.customerA.headers)
    expect(res.status).toBe(200)
    expect(res.json.invitedCustomers).toBeUndefined()
    expect(JSON.stringify(res.json)).not.toContain(w.customerB.id)
    const staff = await rest('GET', `events/${docs.I}?depth=0`, who.marketing.headers)
    expect(staff.json.invitedCustomers).toEqual([w.customerA.id])
  })

  it('refuses an end before the start and a zone that does not exist', async () => {
    const { who } = world
    const startsAt = new Date(Date.now() + 86400_000).toISOString()
    const base = { title: `Bad ${rand()}`, startsAt, venue: 'x', address: 'y', capacity: 5 }
    const early = await rest('POST', 'events', who.marketing.headers, {
      ...base,
      endsAt: new Date(Date.now()).toISOString(),
      timeZone: 'Europe/Amsterdam',
    })
    expect(early.status).toBe(400)
    expect(JSON.stringify(early.json)).toContain('end must come after the start')
    const zone = await rest('POST', 'events', who.marketing.headers, {
      ...base,
      endsAt: new Date(Date.now() + 2 * 86400_000).toISOString(),
      timeZone: 'Mars/Olympus',
    })
    expect(zone.status).toBe(400)
    expect(JSON.stringify(zone.json)).toContain('IANA time zone')
  })
})
