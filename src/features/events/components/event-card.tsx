import { getTranslations } from 'next-intl/server'

import { Link } from '@/lib/i18n/navigation'

import type { TEventCard } from '../queries'
import { EventTime } from './event-time'

export async function EventCard(props: {
  event: TEventCard
  locale: string
  zone: string
  past?: boolean
}) {
  const { event: e, locale, zone, past } = props
  const t = await getTranslations('Events')
  const cover = (past ? e.photos[0] : undefined) ?? e.images[0]
  return (
    <article className="bg-ink flex flex-col" data-testid="event-card">
      {cover && (
        // Private files through the file route: next/image would cache them.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={cover.thumb} alt={cover.alt} className="aspect-[16/10] w-full object-cover" />
      )}
      <div className="p-6 sm:p-8 flex flex-col gap-4 flex-1">
        <p className="eyebrow">{t(`kind.${e.kind}`)}</p>
        <h3 className="text-2xl font-light text-ivory">
          <Link
            href={`/events/${e.id}`}
            className="hover:text-amber focus-visible:text-amber focus-visible:outline-none"
          >
            {e.title}
          </Link>
        </h3>
        <EventTime
          startsAt={e.startsAt}
          endsAt={e.endsAt}
          eventZone={e.timeZone}
          customerZone={zone}
          locale={locale}
        />
        <p className="text-sm text-mist">{e.venue}</p>
        {!past && (
          <p className="mt-auto text-xs tracking-[0.18em] uppercase text-amber">
            {e.registration
              ? t(`status.${e.registration.status}`, { position: e.registration.position ?? 0 })
              : t('seatsLeft', { count: e.seatsLeft })}
          </p>
        )}
      </div>
    </article>
  )
}
