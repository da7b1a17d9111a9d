import type { Event } from '@/payload-types'

import type { TCalendarEvent } from './ics'

/** The calendar entry of an event as stored (one language, picked by the query's locale). */
export function calendarEvent(e: Event, locale: string, tentative = false): TCalendarEvent {
  return {
    id: e.id,
    title: e.title ?? '',
    description: e.description,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    timeZone: e.timeZone,
    venue: e.venue,
    address: e.address,
    sequence: Number(e.sequence ?? 0),
    path: `/${locale}/events/${e.id}`,
    tentative,
  }
}
