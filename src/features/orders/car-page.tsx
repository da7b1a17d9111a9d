import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { ArrowLeft, Download } from '@/components/ui/icons'
import { requireCustomer } from '@/lib/auth/current-customer'
import { Link } from '@/lib/i18n/navigation'
import type { TLocale } from '@/lib/i18n/locales'
import { formatDate } from '@/lib/orders/format'
import { modelLabel } from '@/lib/orders/models'
import { specsOf } from '@/lib/orders/specs'

import { listOrdersForCustomer } from './list-orders'
import { CarSwitcher } from './components/car-switcher'
import { CarImage } from './components/car-image'
import { ConfigurationGroups } from './components/configuration-groups'
import { PrintButton } from './components/print-button'
import { SpecList } from './components/spec-list'
import { readCar } from './car-queries'

/** "My car": the car as configured, its numbers and the build sheet; printable as it stands. */
export async function CarPage({ locale, id }: { locale: TLocale; id: string }) {
  const customer = await requireCustomer(locale)
  const [car, cars, t] = await Promise.all([
    readCar(customer, id, locale),
    listOrdersForCustomer(customer, locale),
    getTranslations('MyCar'),
  ])
  if (!car) notFound()
  const specs = specsOf(car.model)
  const model = modelLabel(car.model)
  return (
    <article className="print:text-black" data-testid="my-car">
      <CarSwitcher cars={cars} current={car.id} view="car" label={t('switchLabel')} />
      <div className="relative h-56 sm:h-80 overflow-hidden border-b border-line/60 print:hidden">
        <CarImage model={car.model} priority />
        <div className="absolute inset-0 bg-gradient-to-t from-ink via-ink/50 to-transparent" />
      </div>
      <div className="mx-auto max-w-7xl px-5 sm:px-8 -mt-20 sm:-mt-24 relative print:mt-0 print:px-0">
        <Link
          href={`/orders/${car.id}`}
          className="inline-flex items-center gap-2 text-xs tracking-[0.2em] uppercase text-mist hover:text-amber mb-6 print:hidden"
        >
          <ArrowLeft size={14} aria-hidden="true" /> {t('timeline')}
        </Link>
        <p className="eyebrow mb-2">{t('eyebrow')}</p>
        <h1 className="text-3xl sm:text-5xl font-light tracking-tight [overflow-wrap:break-word]">
          {t('title', { model })}
        </h1>
        <p className="mt-5 text-mist max-w-2xl leading-relaxed print:hidden">{t('intro')}</p>
        <div className="mt-8 flex flex-wrap gap-3 print:hidden">
          <a
            href={`/api/orders/${car.id}/build-sheet?locale=${locale}`}
            download
            className="inline-flex items-center justify-center gap-2 bg-amber text-ink hover:bg-amber-bright px-7 py-3.5 text-xs tracking-[0.2em] uppercase transition-colors"
            data-testid="build-sheet"
          >
            <Download size={14} aria-hidden="true" /> {t('buildSheet')}
          </a>
          <PrintButton label={t('print')} />
        </div>
      </div>
      <div className="mx-auto max-w-7xl px-5 sm:px-8 py-12 grid gap-12 lg:grid-cols-[1fr_22rem] print:block print:px-0 print:py-6">
        <div className="flex flex-col gap-12 min-w-0">
          {specs && (
            <section aria-labelledby="specs" className="break-inside-avoid">
              <h2 id="specs" className="eyebrow mb-6 print:text-black">
                {t('specs')}
              </h2>
              <SpecList specs={specs} locale={locale} />
              <p className="mt-3 text-xs text-smoke print:text-neutral-600">{t('specsNote')}</p>
            </section>
          )}
          <section aria-labelledby="configuration">
            <h2 id="configuration" className="eyebrow mb-6 print:text-black">
              {t('configuration')}
            </h2>
            <ConfigurationGroups groups={car.groups} />
          </section>
        </div>
        <aside className="border border-line p-6 sm:p-8 bg-graphite/40 h-fit print:mt-8 print:bg-white print:border-neutral-300 break-inside-avoid">
          <h2 className="eyebrow mb-6 print:text-black">{t('details')}</h2>
          <dl className="flex flex-col gap-5 text-sm" data-testid="car-details">
            <div>
              <dt className="text-mist mb-1 print:text-neutral-600">{t('model')}</dt>
              <dd>{model}</dd>
            </div>
            <div>
              <dt className="text-mist mb-1 print:text-neutral-600">{t('orderNumber')}</dt>
              <dd>{car.orderNumber}</dd>
            </div>
            <div>
              <dt className="text-mist mb-1 print:text-neutral-600">{t('orderDate')}</dt>
              <dd>{formatDate(locale, car.orderDate)}</dd>
            </div>
            <div>
              <dt className="text-mist mb-1 print:text-neutral-600">{t('vin')}</dt>
              <dd
                data-testid="vin"
                className={car.vin ? 'font-mono tracking-wider break-all' : 'text-smoke'}
              >
                {car.vin ?? t('vinPending')}
              </dd>
            </div>
          </dl>
        </aside>
      </div>
    </article>
  )
}
