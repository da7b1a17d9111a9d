import type { Payload } from 'payload'

import { asCustomerUser } from '@/access/user'
import type { TEligibility, TEventKind } from '@/lib/events/constants'
import { registerForEvent } from '@/lib/events/registrations'
import type { TLocale } from '@/lib/i18n/locales'
import type { TModel } from '@/lib/orders/models'
import type { Customer, Event, EventImage } from '@/payload-types'

type TLocalized<T> = Partial<Record<TLocale, T>> & { en: T }
export type TEventText = { title: string; description?: string }

const HOUR = 3600_000

/**
 * An event as marketing would publish it (system write, `context.seed`: nobody is notified).
 * Defaults: a published track day a month ahead, 20 seats, registration open now.
 */
export async function createEvent(
  payload: Payload,
  input: {
    text?: TLocalized<TEventText>
    kind?: TEventKind
    startsAt?: Date
    hours?: number
    timeZone?: string
    capacity?: number
    maxGuests?: number
    opensAt?: Date | null
    closesAt?: Date | null
    eligibility?: TEligibility
    eligibleModels?: TModel[]
    invitedCustomers?: string[]
    status?: 'draft' | 'published'
    venue?: string
    address?: string
    price?: number | null
    images?: string[]
    photos?: string[]
  } = {},
): Promise<Event> {
  const startsAt = input.startsAt ?? new Date(Date.now() + 30 * 24 * HOUR)
  const { en, ...others } = input.text ?? { en: { title: `Track day ${startsAt.getTime()}` } }
  const doc = await payload.create({
    collection: 'events',
    locale: 'en',
    data: {
      title: en.title,
      description: en.description,
      kind: input.kind ?? 'track-day',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + (input.hours ?? 8) * HOUR).toISOString(),
      timeZone: input.timeZone ?? 'Europe/Amsterdam',
      venue: input.venue ?? 'Circuit Zandvoort',
      address: input.address ?? 'Burgemeester van Alphenstraat 108\n2041 KP Zandvoort',
      mapUrl: 'https://www.openstreetmap.org/?mlat=52.3888&mlon=4.5409#map=15/52.3888/4.5409',
      capacity: input.capacity ?? 20,
      maxGuests: input.maxGuests ?? 0,
      registrationOpensAt: input.opensAt === undefined ? null : input.opensAt?.toISOString(),
      registrationClosesAt: input.closesAt === undefined ? null : input.closesAt?.toISOString(),
      price: input.price ?? null,
      eligibility: input.eligibility ?? 'everyone',
      eligibleModels: input.eligibleModels ?? [],
      invitedCustomers: input.invitedCustomers ?? [],
      images: input.images ?? [],
      photos: input.photos ?? [],
      _status: input.status ?? 'published',
    },
    context: { seed: true },
    overrideAccess: true, // factory
  })
  for (const [locale, text] of Object.entries(others) as [TLocale, TEventText][])
    await payload.update({
      collection: 'events',
      id: doc.id,
      locale,
      data: { title: text.title, description: text.description },
      context: { seed: true },
      overrideAccess: true, // factory
    })
  return doc
}

/** A customer's registration through the same locked path the portal uses, telling nobody. */
export function registerCustomer(
  payload: Payload,
  customer: Customer,
  eventId: string,
  guestNames: string[] = [],
  dietary = '',
) {
  return registerForEvent({
    payload,
    customer: asCustomerUser(customer),
    eventId,
    input: { guests: guestNames.length, guestNames, dietary },
    context: { seed: true },
  })
}

/** An event picture as marketing would upload it (system write). */
export async function createEventImage(
  payload: Payload,
  args: { data: Buffer; name: string; alt?: string },
): Promise<EventImage> {
  return payload.create({
    collection: 'event-images',
    data: { alt: args.alt ?? '' },
    file: { data: args.data, name: args.name, mimetype: 'image/jpeg', size: args.data.length },
    context: { seed: true },
    overrideAccess: true, // factory
    depth: 0,
  })
}
