import { getTranslations } from 'next-intl/server'

import { Link } from '@/lib/i18n/navigation'
import { dateTimeFormat } from '@/lib/i18n/formatters'

import { dayInZone, monthKey } from '../format'
import type { TEventCard } from '../queries'

/** A month grid (Monday first) with the customer's events on their days, in the customer's zone. */
export async function MonthCalendar(props: {
  events: TEventCard[]
  month: string
  zone: string
  locale: string
}) {
  const { events, month, zone, locale } = props
  const t = await getTranslations('Events')
  const [y, m] = month.split('-').map(Number)
  const first = new Date(Date.UTC(y, m - 1, 1))
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  const lead = (first.getUTCDay() + 6) % 7
  const shift = (n: number) => {
    const d = new Date(Date.UTC(y, m - 1 + n, 1))
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
  }
  const inMonth = events.filter((e) => monthKey(e.startsAt, zone) === month)
  const weekdays = Array.from({ length: 7 }, (_, i) =>
    dateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, 1 + i)),
    ),
  )
  const title = dateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(first)
  return (
    <section aria-labelledby="month-title" data-testid="month-calendar">
      <div className="flex items-center justify-between mb-6">
        <Link
          href={`/events?view=month&month=${shift(-1)}`}
          className="text-mist hover:text-amber p-2"
          aria-label={t('prevMonth')}
        >
          ←
        </Link>
        <h2 id="month-title" className="text-xl font-light capitalize">
          {title}
        </h2>
        <Link
          href={`/events?view=month&month=${shift(1)}`}
          className="text-mist hover:text-amber p-2"
          aria-label={t('nextMonth')}
        >
          →
        </Link>
      </div>
      <div className="grid grid-cols-7 gap-px bg-line border border-line text-center">
        {weekdays.map((d) => (
          <div key={d} className="bg-graphite py-2 text-[11px] uppercase tracking-wider text-smoke">
            {d}
          </div>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <div key={`lead-${i}`} className="bg-ink min-h-16" />
        ))}
        {Array.from({ length: days }, (_, i) => {
          const day = i + 1
          const todays = inMonth.filter((e) => dayInZone(e.startsAt, zone) === day)
          return (
            <div key={day} className="bg-ink min-h-16 sm:min-h-24 p-1 sm:p-2 text-left">
              <span className={`text-xs ${todays.length ? 'text-amber' : 'text-smoke'}`}>
                {day}
              </span>
              {todays.map((e) => (
                <Link
                  key={e.id}
                  href={`/events/${e.id}`}
                  className="mt-1 block truncate text-[10px] sm:text-xs text-ivory hover:text-amber"
                >
                  {e.title}
                </Link>
              ))}
            </div>
          )
        })}
      </div>
    </section>
  )
}
