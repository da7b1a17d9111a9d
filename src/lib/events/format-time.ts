import { dateTimeFormat } from '@/lib/i18n/formatters'

/** "Saturday 14 March 2027, 09:00–17:00 (Europe/Amsterdam)" in `zone`, in the reader's language. */
export function formatEventTime(args: {
  startsAt: string | Date
  endsAt: string | Date
  zone: string
  locale: string
}): string {
  const { zone, locale } = args
  const start = new Date(args.startsAt)
  const end = new Date(args.endsAt)
  const day = dateTimeFormat(locale, {
    timeZone: zone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
  const time = dateTimeFormat(locale, {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
  })
  const sameDay = day.format(start) === day.format(end)
  const until = sameDay ? time.format(end) : `${day.format(end)} ${time.format(end)}`
  return `${day.format(start)}, ${time.format(start)}–${until} (${zone.replace(/_/g, ' ')})`
}
