import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import ICAL from 'ical.js'
import jsQR from 'jsqr'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { asCustomerUser } from '@/access/user'
import { calendarEvent } from '@/lib/events/event-view'
import { eventsCalendar } from '@/lib/events/ics'
import { cancelRegistration } from '@/lib/events/registrations'
import { checkInRoute } from '@/features/events/routes/check-in-route'
import {
  eventIcsRoute,
  feedRoute,
  regenerateFeedRoute,
  revokeFeedRoute,
} from '@/features/events/routes/calendar-routes'
import { ticketRoute } from '@/features/events/routes/ticket-route'
import { createEvent, registerCustomer } from '@/seed/event-factories'
import type { Event } from '@/payload-types'

import { customerHeaders, staffHeaders } from './support/identity'
import { routedAs } from './support/route-params'
import { buildWorld, type TWorld } from './support/world'

const BASE = 'http://localhost:3000'
const ticket = routedAs('/[locale]/events/[id]/ticket', ticketRoute)
const ics = routedAs('/api/events/[id]/ics', eventIcsRoute)
const feed = routedAs('/api/events/feed/[token]', feedRoute)

let w: TWorld
let event: Event
let headersA: Headers
let headersB: Headers
let registrationA = ''
beforeAll(async () => {
  w = await buildWorld()
  event = await createEvent(w.payload, {
    text: { en: { title: 'Zandvoort Track Day' }, nl: { title: 'Trackday Zandvoort' } },
    startsAt: new Date('2027-04-17T07:30:00Z'),
    capacity: 10,
    maxGuests: 2,
  })
  registrationA = (
    await registerCustomer(w.payload, w.customerA, event.id, ['Łucja Wąs', 'Zoë Brandt'])
  ).id
  ;[headersA, headersB] = await Promise.all([
    customerHeaders(w.payload, w.customerA),
    customerHeaders(w.payload, w.customerB),
  ])
}, 120_000)

/** The text and the QR code of a PDF, read the way a person and a scanner would. */
async function readTicket(pdf: Buffer) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ticket-'))
  const file = path.join(dir, 'ticket.pdf')
  writeFileSync(file, pdf)
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString()
  execFileSync('pdftoppm', ['-r', '200', '-png', '-singlefile', file, path.join(dir, 'page')])
  const { data, info } = await sharp(readFileSync(path.join(dir, 'page.png')))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const qr = jsQR(new Uint8ClampedArray(data), info.width, info.height)
  return { text, qr: qr?.data ?? null }
}

const checkIn = async (token: string, eventId = event.id, member = w.marketing) =>
  (
    await checkInRoute(
      new Request(`${BASE}/api/events/check-in`, {
        method: 'POST',
        headers: (() => {
          const h = new Headers(staffHeadersCache.get(member.id))
          h.set('content-type', 'application/json')
          h.set('origin', BASE)
          return h
        })(),
        body: JSON.stringify({ eventId, token }),
      }),
    )
  ).json()
const staffHeadersCache = new Map<string, Headers>()

describe('tickets', () => {
  let token = ''

  it('the owner downloads a PDF with the event, guests, local time and a QR code', async () => {
    const res = await ticket(
      new Request(`${BASE}/nl/events/${event.id}/ticket`, { headers: headersA }),
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const { text, qr } = await readTicket(Buffer.from(await res.arrayBuffer()))
    expect(text).toContain('Trackday Zandvoort')
    expect(text).toContain('Łucja Wąs')
    expect(text).toContain('Zoë Brandt')
    // 07:30 UTC is 09:30 in Amsterdam in April (summer time); the zone is named.
    expect(text).toMatch(/09:30/)
    expect(text).toContain('Europe/Amsterdam')
    expect(text).toContain('Circuit Zandvoort')
    expect(qr).toMatch(/^DK1-[0-9A-Z]{10}-[0-9A-Z]{12}$/)
    token = qr!
  }, 60_000)

  it('another customer, anonymous, or a waitlisted place gets 404', async () => {
    const other = await ticket(
      new Request(`${BASE}/en/events/${event.id}/ticket`, { headers: headersB }),
    )
    expect(other.status).toBe(404)
    const anon = await ticket(new Request(`${BASE}/en/events/${event.id}/ticket`))
    expect(anon.status).toBe(401)
  })

  it('checks in once; the second scan says when and by whom; several staff at once: one wins', async () => {
    for (const s of [w.marketing, w.admin, w.managerA])
      staffHeadersCache.set(s.id, await staffHeaders(w.payload, s))
    const first = await checkIn(token)
    expect(first).toMatchObject({ outcome: 'checked-in', guestNames: ['Łucja Wąs', 'Zoë Brandt'] })
    const second = await checkIn(token.toLowerCase().replace(/-/g, ' '), event.id, w.admin)
    expect(second).toMatchObject({ outcome: 'already', checkedInAt: first.checkedInAt })
    expect(second.checkedInBy).toBe(w.marketing.name)

    const e2 = await createEvent(w.payload, { capacity: 5 })
    const r = await registerCustomer(w.payload, w.customerB, e2.id)
    const pdf = await ticket(
      new Request(`${BASE}/en/events/${e2.id}/ticket`, { headers: headersB }),
    )
    const t2 = (await readTicket(Buffer.from(await pdf.arrayBuffer()))).qr!
    const many = await Promise.all(
      [w.marketing, w.admin, w.managerA, w.marketing, w.admin].map((s) => checkIn(t2, e2.id, s)),
    )
    expect(many.filter((m) => m.outcome === 'checked-in')).toHaveLength(1)
    expect(many.filter((m) => m.outcome === 'already')).toHaveLength(4)
    expect(r.status).toBe('confirmed')
  }, 60_000)

  it('refuses a forged, foreign-event or cancelled ticket by name', async () => {
    const last = token.at(-1) === 'A' ? 'B' : 'A'
    expect(await checkIn(token.slice(0, -1) + last)).toEqual({ outcome: 'forged' })
    expect(await checkIn('DK1-0000000000-000000000000')).toEqual({ outcome: 'forged' })
    expect(await checkIn('hello')).toEqual({ outcome: 'forged' })
    const other = await createEvent(w.payload, {})
    expect(await checkIn(token, other.id)).toEqual({ outcome: 'other-event' })

    const e3 = await createEvent(w.payload, { capacity: 5 })
    const r3 = await registerCustomer(w.payload, w.customerA, e3.id)
    const res = await ticket(
      new Request(`${BASE}/en/events/${e3.id}/ticket`, { headers: headersA }),
    )
    const t3 = (await readTicket(Buffer.from(await res.arrayBuffer()))).qr!
    await cancelRegistration({
      payload: w.payload,
      customer: asCustomerUser(w.customerA),
      id: r3.id,
    })
    expect(await checkIn(t3, e3.id)).toEqual({ outcome: 'cancelled' })
  }, 60_000)

  it('a customer, finance or anonymous may not check tickets in', async () => {
    const body = JSON.stringify({ eventId: event.id, token })
    const post = (headers: Headers) => {
      const h = new Headers(headers)
      h.set('content-type', 'application/json')
      h.set('origin', BASE)
      return checkInRoute(
        new Request(`${BASE}/api/events/check-in`, { method: 'POST', headers: h, body }),
      )
    }
    expect((await post(headersA)).status).toBe(401)
    expect((await post(await staffHeaders(w.payload, w.finance))).status).toBe(403)
    expect((await post(new Headers())).status).toBe(401)
    expect(registrationA).toBeTruthy()
  })
})

const parse = (text: string) => new ICAL.Component(ICAL.parse(text))

describe('calendar files', () => {
  it('the .ics carries the instant in UTC, a stable UID and the sequence', async () => {
    const get = () =>
      ics(new Request(`${BASE}/api/events/${event.id}/ics?locale=en`, { headers: headersA }))
    const [one, two] = await Promise.all([get(), get()])
    expect(one.headers.get('content-type')).toContain('text/calendar')
    const [a, b] = [parse(await one.text()), parse(await two.text())].map((c) =>
      c.getFirstSubcomponent('vevent')!,
    )
    const start = a.getFirstPropertyValue('dtstart') as ICAL.Time
    expect(start.toJSDate().toISOString()).toBe('2027-04-17T07:30:00.000Z')
    expect(start.zone?.tzid).toBe('UTC')
    expect(a.getFirstPropertyValue('uid')).toBe(b.getFirstPropertyValue('uid'))
    expect(a.getFirstPropertyValue('sequence')).toBe(0)
    expect(a.getFirstPropertyValue('summary')).toBe('Zandvoort Track Day')
    const foreign = await ics(
      new Request(
        `${BASE}/api/events/${(await createEvent(w.payload, { status: 'draft' })).id}/ics`,
        {
          headers: headersA,
        },
      ),
    )
    expect(foreign.status).toBe(404)
  })

  it('moving a published event raises SEQUENCE and tells the registrants', async () => {
    const e = await createEvent(w.payload, { startsAt: new Date('2027-05-01T08:00:00Z') })
    await registerCustomer(w.payload, w.customerB, e.id)
    const moved = await w.payload.update({
      collection: 'events',
      id: e.id,
      data: { startsAt: '2027-05-02T08:00:00.000Z', endsAt: '2027-05-02T16:00:00.000Z' },
      user: { ...w.marketing, collection: 'staff', _secondFactor: 'verified' },
      overrideAccess: false,
    })
    expect(moved.sequence).toBe(1)
    const vevent = parse(eventsCalendar('x', [calendarEvent(moved, 'en')])).getFirstSubcomponent(
      'vevent',
    )!
    expect(vevent.getFirstPropertyValue('sequence')).toBe(1)
    const told = await w.payload.find({
      collection: 'notifications',
      where: {
        customer: { equals: w.customerB.id },
        'title.key': { equals: 'Events.notify.changedTitle' },
      },
      overrideAccess: true,
    })
    expect(told.totalDocs).toBe(1)
  })

  it('the personal feed lists the registered events; a regenerated or revoked token is 404', async () => {
    const post = (route: typeof regenerateFeedRoute, method: string) => {
      const h = new Headers(headersA)
      h.set('origin', BASE)
      return route(new Request(`${BASE}/api/events/feed`, { method, headers: h }))
    }
    const { url } = await (await post(regenerateFeedRoute, 'POST')).json()
    const path1 = new URL(url).pathname
    const res = await feed(new Request(`${BASE}${path1}`))
    expect(res.status).toBe(200)
    const events = parse(await res.text()).getAllSubcomponents('vevent')
    expect(events.map((v) => v.getFirstPropertyValue('summary'))).toContain('Zandvoort Track Day')
    const { url: url2 } = await (await post(regenerateFeedRoute, 'POST')).json()
    expect((await feed(new Request(`${BASE}${path1}`))).status).toBe(404)
    const path2 = new URL(url2).pathname
    expect((await feed(new Request(`${BASE}${path2}`))).status).toBe(200)
    expect((await post(revokeFeedRoute, 'DELETE')).status).toBe(204)
    expect((await feed(new Request(`${BASE}${path2}`))).status).toBe(404)
  })
})
