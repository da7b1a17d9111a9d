import { dateTimeFormat } from '@/lib/i18n/formatters'

/** Kinds of events the portal invites to; labels come from `Events.kind.<value>`. */
export const EVENT_KINDS = ['track-day', 'factory-visit', 'launch', 'rally', 'dinner'] as const
export type TEventKind = (typeof EVENT_KINDS)[number]

/** Who may see and attend an event. */
export const ELIGIBILITY = ['everyone', 'owners', 'invited'] as const
export type TEligibility = (typeof ELIGIBILITY)[number]

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const
export type TRegistrationStatus = (typeof REGISTRATION_STATUSES)[number]

/** The most guests any event may allow one registration to bring. */
export const MAX_GUESTS_LIMIT = 10

/** Whether `zone` is an IANA time zone this runtime knows (Europe/Amsterdam, not "CET+1"). */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || !zone.includes('/')) return zone === 'UTC'
  try {
    dateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}
