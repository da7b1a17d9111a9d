import { getTranslations } from 'next-intl/server'

import { requireCustomer } from '@/lib/auth/current-customer'
import { Link } from '@/lib/i18n/navigation'
import type { TLocale } from '@/lib/i18n/locales'
import { hasFeed } from '@/lib/events/calendar-feed'
import { getPayload } from '@/payload/get-payload'

import { EventCard } from './components/event-card'
import { FeedPanel } from './components/feed-panel'
import { MonthCalendar } from './components/month-calendar'
import { monthKey, splitByEnd, zoneName } from './format'
import { getCustomerEvents } from './queries'

const DEFAULT_ZONE = 'Europe/Amsterdam'

/** /[locale]/events: upcoming events as a list or a month, past ones with their photos. */
export async function EventsPage(props: { locale: TLocale; view?: string; month?: string }) {
  const { locale } = props
  const customer = await requireCustomer(locale)
  const t = await getTranslations('Events')
  const zone = customer.timeZone || DEFAULT_ZONE
  const [events, feedOn] = await Promise.all([
    getCustomerEvents(customer, locale),
    getPayload().then((p) => hasFeed(p, customer)),
  ])
  const { upcoming, past } = splitByEnd(events)
  const monthView = props.view === 'month'
  const month = /^\d{4}-\d{2}$/.test(props.month ?? '')
    ? props.month!
    : monthKey(upcoming[0]?.startsAt ?? new Date(), zone)
  const tab = (active: boolean) =>
    `px-4 py-2 text-xs tracking-[0.18em] uppercase border ${active ? 'border-amber text-amber' : 'border-line text-mist hover:text-ivory'}`
  return (
    <>
      <section className="border-b border-line/60 bg-gradient-to-b from-graphite/60 to-ink">
        <div className="mx-auto max-w-7xl px-5 sm:px-8 pt-14 pb-12 sm:pt-20 sm:pb-16">
          <p className="eyebrow mb-5">{t('eyebrow')}</p>
          <h1 className="text-4xl sm:text-5xl font-light tracking-tight">{t('title')}</h1>
          <p className="mt-5 text-mist max-w-2xl leading-relaxed">
            {t('intro', { zone: zoneName(zone) })}
          </p>
        </div>
      </section>
      <div className="mx-auto max-w-7xl px-5 sm:px-8 py-12 sm:py-16 flex flex-col gap-16">
        <section aria-labelledby="events-upcoming">
          <div className="flex flex-wrap items-center justify-between gap-4 mb-8">
            <h2 id="events-upcoming" className="eyebrow">
              {t('upcoming')}
            </h2>
            <nav className="flex gap-2" aria-label={t('title')}>
              <Link
                href="/events"
                className={tab(!monthView)}
                aria-current={!monthView ? 'page' : undefined}
              >
                {t('listView')}
              </Link>
              <Link
                href={`/events?view=month&month=${month}`}
                className={tab(monthView)}
                aria-current={monthView ? 'page' : undefined}
              >
                {t('calendarView')}
              </Link>
            </nav>
          </div>
          {monthView ? (
            <MonthCalendar events={events} month={month} zone={zone} locale={locale} />
          ) : upcoming.length === 0 ? (
            <p className="text-mist border border-line p-8">{t('none')}</p>
          ) : (
            <div className="grid gap-px bg-line border border-line md:grid-cols-2 xl:grid-cols-3">
              {upcoming.map((e) => (
                <EventCard key={e.id} event={e} locale={locale} zone={zone} />
              ))}
            </div>
          )}
        </section>
        {past.length > 0 && (
          <section aria-labelledby="events-past">
            <h2 id="events-past" className="eyebrow mb-8">
              {t('past')}
            </h2>
            <div className="grid gap-px bg-line border border-line md:grid-cols-2 xl:grid-cols-3">
              {past.map((e) => (
                <EventCard key={e.id} event={e} locale={locale} zone={zone} past />
              ))}
            </div>
          </section>
        )}
        <FeedPanel
          active={feedOn}
          texts={{
            heading: t('feed.heading'),
            intro: t('feed.intro'),
            create: t('feed.create'),
            regenerate: t('feed.regenerate'),
            revoke: t('feed.revoke'),
            shownOnce: t('feed.shownOnce'),
            active: t('feed.active'),
            off: t('feed.off'),
            error: t('form.error'),
          }}
        />
      </div>
    </>
  )
}
