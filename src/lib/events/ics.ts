import ical, { ICalEventStatus } from 'ical-generator'

import { env } from '@/lib/env'

export type TCalendarEvent = {
  id: string
  title: string
  description?: string | null
  startsAt: string
  endsAt: string
  timeZone: string
  venue: string
  address: string
  sequence: number
  /** Portal path with locale, e.g. /en/events/<id>. */
  path: string
  tentative?: boolean
}

/** A stable UID: the same event is the same calendar entry in every export and feed. */
export const eventUid = (id: string) => `event-${id}@${new URL(env.PUBLIC_URL).hostname}`

/**
 * An iCalendar file of events. Times are written in UTC (`…Z`): a native Date with a TZID would
 * be written in the server's own zone under the event's name; the event's zone is named in the
 * description. SEQUENCE follows the event's changes of time or place, so calendars update it.
 */
export function eventsCalendar(name: string, events: TCalendarEvent[]): string {
  const cal = ical({ name, prodId: { company: 'Donkervoort', product: 'Customer portal' } })
  for (const e of events)
    cal.createEvent({
      id: eventUid(e.id),
      start: new Date(e.startsAt),
      end: new Date(e.endsAt),
      summary: e.title,
      description: [e.description, `(${e.timeZone})`].filter(Boolean).join('\n\n'),
      location: [e.venue, e.address.replace(/\n/g, ', ')].join(', '),
      url: `${env.PUBLIC_URL}${e.path}`,
      sequence: e.sequence,
      stamp: new Date(),
      status: e.tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    })
  return cal.toString()
}

export const icsHeaders = (filename: string) => ({
  'content-type': 'text/calendar; charset=utf-8',
  'content-disposition': `attachment; filename="${filename}"`,
  'cache-control': 'private, no-store',
})
