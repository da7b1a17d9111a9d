/* eslint-disable @next/next/no-img-element -- private photos stream from /api/files; next/image cannot optimise them */
import { getTranslations } from 'next-intl/server'

import { ArrowRight } from '@/components/ui/icons'
import type { TCustomerUser } from '@/access/user'
import { Link } from '@/lib/i18n/navigation'
import type { TLocale } from '@/lib/i18n/locales'
import { formatDate } from '@/lib/orders/format'
import { modelLabel } from '@/lib/orders/models'

import { getLatestUpdate } from '../queries'

/** Dashboard card: the newest production update of any of the customer's cars, first photo big. */
export async function LatestUpdate({
  customer,
  locale,
}: {
  customer: TCustomerUser
  locale: TLocale
}) {
  const update = await getLatestUpdate(customer, locale)
  if (!update) return null
  const t = await getTranslations('Timeline')
  return (
    <section
      aria-labelledby="latest-update"
      data-testid="latest-update"
      className="mx-auto max-w-7xl px-5 sm:px-8 pt-12 sm:pt-16"
    >
      <h2 id="latest-update" className="eyebrow mb-5">
        {t('latestUpdate')}
      </h2>
      <Link
        href={`/orders/${update.orderId}#update-${update.id}`}
        className="group grid sm:grid-cols-[minmax(0,1.3fr)_1fr] border border-line bg-graphite/40 hover:border-amber/60 transition"
      >
        {update.photo && (
          <div className="relative aspect-[16/10] overflow-hidden bg-carbon">
            <img
              src={update.photo.large}
              alt={update.photo.alt}
              className="absolute inset-0 h-full w-full object-cover transition duration-700 group-hover:scale-[1.03]"
            />
          </div>
        )}
        <div className="flex flex-col gap-3 p-6 sm:p-8 justify-center">
          <p className="flex flex-wrap items-center gap-3 text-xs tracking-[0.16em] uppercase text-smoke">
            {update.publishedAt && (
              <time dateTime={update.publishedAt}>{formatDate(locale, update.publishedAt)}</time>
            )}
            {update.isNew && (
              <span className="border border-amber px-2 py-0.5 text-[0.6rem] tracking-[0.2em] text-amber">
                {t('new')}
              </span>
            )}
          </p>
          <p className="text-sm text-mist">{modelLabel(update.model)}</p>
          <h3 className="text-2xl font-light tracking-tight">{update.title}</h3>
          <span className="mt-2 inline-flex items-center gap-2 text-xs tracking-[0.2em] uppercase text-amber">
            {t('viewTimeline')} <ArrowRight size={14} aria-hidden="true" />
          </span>
        </div>
      </Link>
    </section>
  )
}
