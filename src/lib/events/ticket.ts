import type { Payload } from 'payload'

import type { TCustomerUser } from '@/access/user'
import { env } from '@/lib/env'
import { AppError } from '@/lib/errors'
import type { TLocale } from '@/lib/i18n/locales'

import { ticketPdf, type TTicketPdfInput } from './ticket-pdf'
import { ticketToken } from './ticket-token'

/**
 * The ticket PDF of the customer's own confirmed place at an event. Read as the customer, so an
 * event or registration that is not theirs answers 404 like one that does not exist.
 */
export async function ownTicketPdf(args: {
  payload: Payload
  customer: TCustomerUser
  eventId: string
  locale: TLocale
  labels: TTicketPdfInput['labels']
}): Promise<{ pdf: Buffer; filename: string }> {
  const { payload, customer, eventId, locale } = args
  const as = { user: customer, overrideAccess: false, depth: 0 } as const
  const event = await payload.findByID({
    collection: 'events',
    id: eventId,
    locale,
    disableErrors: true,
    ...as,
  })
  const { docs } = await payload.find({
    collection: 'event-registrations',
    where: { event: { equals: eventId }, status: { equals: 'confirmed' } },
    limit: 1,
    ...as,
  })
  const reg = docs[0]
  if (!event || !reg?.ticketCode) throw new AppError('NOT_FOUND', 'There is no ticket here.')
  const token = ticketToken(
    { registrationId: reg.id, eventId: event.id, code: reg.ticketCode },
    env.EVENT_TICKET_SECRET,
  )
  const pdf = await ticketPdf({
    labels: args.labels,
    title: event.title ?? '',
    holder: `${customer.firstName} ${customer.lastName}`.trim(),
    guestNames: Array.isArray(reg.guestNames) ? reg.guestNames.map(String) : [],
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    locale,
    venue: event.venue,
    address: event.address,
    token,
  })
  return { pdf, filename: `donkervoort-ticket-${reg.ticketCode}.pdf` }
}
