import { createHash, randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { asCustomerUser, type TCustomerUser } from '@/access/user'
import { env } from '@/lib/env'
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales'

import { calendarEvent } from './event-view'
import { eventsCalendar } from './ics'

const hash = (token: string) => createHash('sha256').update(token).digest('hex')
const system = { overrideAccess: true, depth: 0 } as const // system: a feed token names its customer; only their own rows are read

export const feedUrl = (token: string) => `${env.PUBLIC_URL}/api/events/feed/${token}.ics`

/**
 * Gives the customer a new feed URL; an older one stops working at once. Only the token's hash is
 * stored, so the URL is shown once and can be regenerated, never read back.
 */
export async function regenerateFeed(payload: Payload, customer: TCustomerUser): Promise<string> {
  const token = randomBytes(24).toString('base64url')
  const existing = await payload.find({
    collection: 'event-calendar-feeds',
    where: { customer: { equals: customer.id } },
    limit: 1,
    ...system, // system: the customer's own feed record, on their own request
  })
  const data = { customer: customer.id, tokenHash: hash(token) }
  if (existing.docs[0])
    await payload.update({
      collection: 'event-calendar-feeds',
      id: existing.docs[0].id,
      data,
      ...system,
    })
  else await payload.create({ collection: 'event-calendar-feeds', data, ...system })
  return token
}

/** Switches the customer's feed off: its URL answers 404 from now on. */
export async function revokeFeed(payload: Payload, customer: TCustomerUser): Promise<void> {
  await payload.delete({
    collection: 'event-calendar-feeds',
    where: { customer: { equals: customer.id } },
    ...system, // system: the customer's own feed record, on their own request
  })
}

export async function hasFeed(payload: Payload, customer: TCustomerUser): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'event-calendar-feeds',
    where: { customer: { equals: customer.id } },
    overrideAccess: false,
    user: customer,
  })
  return totalDocs > 0
}

/**
 * The feed behind a token: every event the customer is registered for (waitlisted ones marked
 * tentative), in their language. Null for an unknown or revoked token.
 */
export async function feedCalendar(payload: Payload, token: string): Promise<string | null> {
  if (!/^[\w-]{20,64}$/.test(token)) return null
  const feed = await payload.find({
    collection: 'event-calendar-feeds',
    where: { tokenHash: { equals: hash(token) } },
    limit: 1,
    ...system, // system: the token is the credential; it names the customer whose events these are
  })
  const owner = feed.docs[0]?.customer
  if (!owner) return null
  const customerId = typeof owner === 'object' ? owner.id : owner
  const customer = await payload.findByID({
    collection: 'customers',
    id: customerId,
    ...system, // system: read the feed owner's language, and act as them below
    disableErrors: true,
  })
  if (!customer) return null
  const user = asCustomerUser(customer)
  const locale = isLocale(customer.preferredLocale) ? customer.preferredLocale : DEFAULT_LOCALE
  const regs = await payload.find({
    collection: 'event-registrations',
    where: { status: { in: ['confirmed', 'waitlisted'] } },
    depth: 0,
    pagination: false,
    user,
    overrideAccess: false,
    select: { event: true, status: true },
  })
  const ids = regs.docs.map((r) => String(r.event))
  const events = ids.length
    ? await payload.find({
        collection: 'events',
        where: { id: { in: ids } },
        pagination: false,
        depth: 0,
        locale,
        user,
        overrideAccess: false,
      })
    : { docs: [] }
  const waiting = new Set(
    regs.docs.filter((r) => r.status === 'waitlisted').map((r) => String(r.event)),
  )
  return eventsCalendar(
    'Donkervoort',
    events.docs.map((e) => calendarEvent(e, locale, waiting.has(e.id))),
  )
}
