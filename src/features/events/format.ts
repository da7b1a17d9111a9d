import { dateTimeFormat } from '@/lib/i18n/formatters'

/** Date and time of `at` in `zone`, in the reader's language: "Sat 17 Apr 2027, 09:30". */
export function formatInZone(at: string | Date, zone: string, locale: string, withDay = true) {
  return dateTimeFormat(locale, {
    timeZone: zone,
    ...(withDay ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } : {}),
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(at))
}

/** "Europe/Amsterdam" → "Europe/Amsterdam" with spaces for underscores ("America/New York"). */
export const zoneName = (zone: string) => zone.replace(/_/g, ' ')

/** The YYYY-MM of an instant in `zone`. */
export function monthKey(at: string | Date, zone: string) {
  const parts = dateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(new Date(at))
  const get = (t: string) => parts.find((p) => p.type === t)?.value
  return `${get('year')}-${get('month')}`
}

/** Day of the month of an instant in `zone`. */
export function dayInZone(at: string | Date, zone: string) {
  return Number(dateTimeFormat('en', { timeZone: zone, day: 'numeric' }).format(new Date(at)))
}

/** Events not yet over (soonest first) and those that are (latest first). */
export function splitByEnd<T extends { endsAt: string }>(events: T[], now = new Date()) {
  const over = (e: T) => new Date(e.endsAt) < now
  return { upcoming: events.filter((e) => !over(e)), past: events.filter(over).reverse() }
}
