import 'server-only'

import { sql } from '@payloadcms/db-postgres'

import type { TCustomerUser } from '@/access/user'
import { postgresOf } from '@/lib/db/postgres'
import type { TLocale } from '@/lib/i18n/locales'
import { getPayload } from '@/payload/get-payload'
import type { Event, EventImage } from '@/payload-types'

export type TEventImage = { id: string; thumb: string; large: string; alt: string }
export type TRegistration = {
  id: string
  status: 'confirmed' | 'waitlisted' | 'cancelled'
  guests: number
  guestNames: string[]
  dietary: string
  position: number | null
}
export type TEventCard = Pick<
  Event,
  | 'id'
  | 'title'
  | 'description'
  | 'kind'
  | 'startsAt'
  | 'endsAt'
  | 'timeZone'
  | 'venue'
  | 'address'
  | 'mapUrl'
  | 'capacity'
  | 'maxGuests'
  | 'price'
  | 'registrationOpensAt'
  | 'registrationClosesAt'
> & {
  images: TEventImage[]
  photos: TEventImage[]
  seatsLeft: number
  registration: TRegistration | null
}

function toImage(doc: unknown): TEventImage | null {
  if (!doc || typeof doc !== 'object') return null
  const m = doc as EventImage
  const ids = m.storedFiles as { original?: string; sizes?: Record<string, string> } | null
  if (!ids?.original) return null
  const url = (id: string) => `/api/files/${id}`
  return {
    id: m.id,
    thumb: url(ids.sizes?.thumbnail ?? ids.original),
    large: url(ids.sizes?.large ?? ids.original),
    alt: m.alt ?? '',
  }
}
const images = (list: unknown) =>
  (Array.isArray(list) ? list : []).map(toImage).filter((i): i is TEventImage => i !== null)

/** Confirmed seats per event: a count, nobody's names (system read of the aggregate). */
async function seatsTakenByEvent(ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map()
  const payload = await getPayload()
  const { rows } = await postgresOf(payload).drizzle.execute(sql`
    select event_id, coalesce(sum(1 + guests), 0) as taken from event_registrations
    where status = 'confirmed' and event_id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})
    group by event_id`)
  return new Map(
    (rows as { event_id: string; taken: unknown }[]).map((r) => [r.event_id, Number(r.taken)]),
  )
}

async function ownRegistrations(customer: TCustomerUser, eventIds: string[]) {
  const payload = await getPayload()
  const { docs } = await payload.find({
    collection: 'event-registrations',
    where: { event: { in: eventIds }, status: { not_equals: 'cancelled' } },
    user: customer,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    select: {
      event: true,
      status: true,
      guests: true,
      guestNames: true,
      dietary: true,
      queueNo: true,
    },
  })
  const waiting = docs.filter((d) => d.status === 'waitlisted')
  const positions = new Map<string, number>()
  if (waiting.length) {
    const { rows } = await postgresOf(payload).drizzle.execute(sql`
      select me.id, (select count(*) from event_registrations w where w.event_id = me.event_id
        and w.status = 'waitlisted' and w.queue_no <= me.queue_no) as pos
      from event_registrations me where me.id in (${sql.join(
        waiting.map((d) => sql`${d.id}`),
        sql`, `,
      )})`)
    for (const r of rows as { id: string; pos: unknown }[]) positions.set(r.id, Number(r.pos))
  }
  return new Map(
    docs.map((d) => [
      String(d.event),
      {
        id: d.id,
        status: d.status,
        guests: Number(d.guests ?? 0),
        guestNames: Array.isArray(d.guestNames) ? d.guestNames.map(String) : [],
        dietary: d.dietary ?? '',
        position: positions.get(d.id) ?? null,
      } satisfies TRegistration,
    ]),
  )
}

/** Every event the customer may see, with their own place at each and the seats left. */
export async function getCustomerEvents(
  customer: TCustomerUser,
  locale: TLocale,
  where: { id?: string } = {},
): Promise<TEventCard[]> {
  const payload = await getPayload()
  const { docs } = await payload.find({
    collection: 'events',
    where: where.id ? { id: { equals: where.id } } : {},
    locale,
    user: customer,
    overrideAccess: false,
    depth: 1,
    pagination: false,
    sort: 'startsAt',
    limit: 500,
  })
  const ids = docs.map((d) => d.id)
  const [taken, regs] = await Promise.all([seatsTakenByEvent(ids), ownRegistrations(customer, ids)])
  return docs.map((e) => ({
    id: e.id,
    title: e.title,
    description: e.description,
    kind: e.kind,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    timeZone: e.timeZone,
    venue: e.venue,
    address: e.address,
    mapUrl: e.mapUrl,
    capacity: e.capacity,
    maxGuests: e.maxGuests,
    price: e.price,
    registrationOpensAt: e.registrationOpensAt,
    registrationClosesAt: e.registrationClosesAt,
    images: images(e.images),
    photos: images(e.photos),
    seatsLeft: Math.max(0, e.capacity - (taken.get(e.id) ?? 0)),
    registration: regs.get(e.id) ?? null,
  }))
}
