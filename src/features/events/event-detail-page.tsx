import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { requireCustomer } from '@/lib/auth/current-customer'
import { Link } from '@/lib/i18n/navigation'
import type { TLocale } from '@/lib/i18n/locales'
import { pluralForms } from '@/lib/i18n/plural-forms'

import { EventTime } from './components/event-time'
import { RegistrationForm } from './components/registration-form'
import { formatInZone } from './format'
import { getCustomerEvents } from './queries'

const DEFAULT_ZONE = 'Europe/Amsterdam'

/** /[locale]/events/[id]: one event, the customer's place at it, their ticket and calendar file. */
export async function EventDetailPage({ locale, id }: { locale: TLocale; id: string }) {
  const customer = await requireCustomer(locale)
  const t = await getTranslations('Events')
  const zone = customer.timeZone || DEFAULT_ZONE
  const [e] = /^[0-9a-f-]{36}$/i.test(id) ? await getCustomerEvents(customer, locale, { id }) : []
  if (!e) notFound()
  const now = new Date()
  const over = new Date(e.endsAt) < now
  const closesAt = new Date(e.registrationClosesAt ?? e.startsAt)
  const notYet = e.registrationOpensAt && new Date(e.registrationOpensAt) > now
  const reg = e.registration
  return (
    <article className="mx-auto max-w-5xl px-5 sm:px-8 py-12 sm:py-16 flex flex-col gap-10">
      <Link href="/events" className="text-sm text-mist hover:text-amber self-start">
        ← {t('back')}
      </Link>
      <header className="flex flex-col gap-4">
        <p className="eyebrow">{t(`kind.${e.kind}`)}</p>
        <h1 className="text-4xl sm:text-5xl font-light tracking-tight">{e.title}</h1>
      </header>
      {e.images[0] && (
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={e.images[0].large}
          alt={e.images[0].alt}
          className="w-full aspect-[16/9] object-cover"
        />
      )}
      <div className="grid gap-10 lg:grid-cols-[1fr_22rem]">
        <div className="flex flex-col gap-8 min-w-0">
          <dl className="grid gap-6 sm:grid-cols-2">
            <div>
              <dt className="text-xs tracking-[0.18em] uppercase text-smoke mb-2">
                {t('ticket.when')}
              </dt>
              <dd>
                <EventTime
                  startsAt={e.startsAt}
                  endsAt={e.endsAt}
                  eventZone={e.timeZone}
                  customerZone={zone}
                  locale={locale}
                />
              </dd>
            </div>
            <div>
              <dt className="text-xs tracking-[0.18em] uppercase text-smoke mb-2">
                {t('ticket.where')}
              </dt>
              <dd className="text-ivory whitespace-pre-line">
                {e.venue}
                {'\n'}
                <span className="text-mist">{e.address}</span>
                {e.mapUrl && (
                  <a
                    href={e.mapUrl}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="block mt-2 text-sm text-amber hover:underline"
                  >
                    {t('map')}
                  </a>
                )}
              </dd>
            </div>
          </dl>
          {e.description && (
            <p className="text-mist leading-relaxed whitespace-pre-line">{e.description}</p>
          )}
          <p className="text-sm text-smoke">
            {e.price ? t('price', { amount: e.price }) : t('free')}
          </p>
          {over && e.photos.length > 0 && (
            <section aria-labelledby="event-photos">
              <h2 id="event-photos" className="eyebrow mb-6">
                {t('photos')}
              </h2>
              <div className="grid grid-cols-2 sm:grid-cols-3 gap-2">
                {e.photos.map((p) => (
                  <a key={p.id} href={p.large} target="_blank" rel="noopener">
                    {/* eslint-disable-next-line @next/next/no-img-element */}
                    <img
                      src={p.thumb}
                      alt={p.alt}
                      className="aspect-[4/3] w-full object-cover"
                      loading="lazy"
                    />
                  </a>
                ))}
              </div>
            </section>
          )}
        </div>
        {!over && (
          <aside className="border border-line p-6 sm:p-8 flex flex-col gap-6 self-start w-full">
            <p
              className="text-xs tracking-[0.18em] uppercase text-amber"
              data-testid="registration-status"
            >
              {reg
                ? t(`status.${reg.status}`, { position: reg.position ?? 0 })
                : t('seatsLeft', { count: e.seatsLeft })}
            </p>
            {reg?.status === 'confirmed' && (
              <a
                href={`/${locale}/events/${e.id}/ticket`}
                className="inline-flex items-center justify-center bg-amber text-ink hover:bg-amber-bright px-7 py-3.5 text-xs tracking-[0.2em] uppercase"
                data-testid="ticket-link"
              >
                {t('ticket.download')}
              </a>
            )}
            {reg && (
              <a
                href={`/api/events/${e.id}/ics?locale=${locale}`}
                className="text-sm text-mist hover:text-amber underline-offset-4 hover:underline"
              >
                {t('addToCalendar')}
              </a>
            )}
            {notYet ? (
              <p className="text-mist">
                {t('form.notYet', { date: formatInZone(e.registrationOpensAt!, zone, locale) })}
              </p>
            ) : now >= closesAt ? (
              <p className="text-mist">{t('form.closed')}</p>
            ) : (
              <RegistrationForm
                eventId={e.id}
                maxGuests={e.maxGuests}
                full={e.seatsLeft === 0}
                registration={reg}
                texts={{
                  heading: t('form.heading'),
                  changeHeading: t('form.changeHeading'),
                  guests: t('form.guests'),
                  guestsHint: t('form.guestsHint', { max: e.maxGuests }),
                  guestName: pluralForms(locale, (n) => t('form.guestName', { n })),
                  dietary: t('form.dietary'),
                  dietaryHint: t('form.dietaryHint'),
                  submit: t('form.submit'),
                  submitWaitlist: t('form.submitWaitlist'),
                  save: t('form.save'),
                  cancel: t('form.cancel'),
                  cancelConfirm: t('form.cancelConfirm'),
                  saved: t('form.saved'),
                  registered: t('form.registered'),
                  waitlisted: pluralForms(locale, (n) => t('form.waitlisted', { position: n })),
                  cancelled: t('form.cancelled'),
                  error: t('form.error'),
                }}
              />
            )}
          </aside>
        )}
      </div>
    </article>
  )
}
