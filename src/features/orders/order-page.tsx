import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { ArrowLeft, ArrowRight } from '@/components/ui/icons'
import { requireCustomer } from '@/lib/auth/current-customer'
import { Link } from '@/lib/i18n/navigation'
import type { TLocale } from '@/lib/i18n/locales'
import { formatDate, formatDeliveryWindow } from '@/lib/orders/format'
import { CONFIGURATION_GROUPS, modelLabel } from '@/lib/orders/models'
import { CarTimeline } from '@/features/timeline/components/car-timeline'

import { CarImage } from './components/car-image'
import { CarSwitcher } from './components/car-switcher'
import { listOrdersForCustomer } from './list-orders'
import { StageProgress } from './components/stage-progress'
import { getOrderForCustomer } from './queries'

export async function OrderPage({ locale, id }: { locale: TLocale; id: string }) {
  const customer = await requireCustomer(locale)
  const [order, cars] = await Promise.all([
    getOrderForCustomer(customer, id, locale),
    listOrdersForCustomer(customer, locale),
  ])
  if (!order) notFound()
  const t = await getTranslations('Order')
  const tc = await getTranslations('MyCar')
  const td = await getTranslations('Dashboard')
  const tl = await getTranslations('Orders')
  const window = formatDeliveryWindow(locale, order.deliveryWindowStart, order.deliveryWindowEnd)
  const groups = CONFIGURATION_GROUPS.map((g) => ({
    group: g,
    options: (order.configuration ?? []).filter((c) => c.group === g),
  })).filter((g) => g.options.length)
  return (
    <article>
      <CarSwitcher cars={cars} current={order.id} view="timeline" label={tc('switchLabel')} />
      <div className="relative h-64 sm:h-96 overflow-hidden border-b border-line/60">
        <CarImage model={order.model} variant="detail" priority />
        <div className="absolute inset-0 bg-gradient-to-t from-ink via-ink/40 to-transparent" />
        <div className="absolute bottom-0 inset-x-0 mx-auto max-w-7xl px-5 sm:px-8 pb-8">
          <Link
            href="/"
            className="inline-flex items-center gap-2 text-xs tracking-[0.2em] uppercase text-mist hover:text-amber mb-6"
          >
            <ArrowLeft size={14} aria-hidden="true" /> {t('back')}
          </Link>
          <p className="eyebrow mb-2">{td('orderNumber', { number: order.orderNumber })}</p>
          <h1 className="text-3xl sm:text-5xl font-light tracking-tight">
            {modelLabel(order.model)}
          </h1>
        </div>
      </div>
      <div className="mx-auto max-w-7xl px-5 sm:px-8 py-12 grid gap-12 lg:grid-cols-[1fr_22rem]">
        <div className="flex flex-col gap-12 min-w-0">
          <section aria-labelledby="progress">
            <h2 id="progress" className="eyebrow mb-6">
              {order.deliveredAt ? tl('build') : td('currentStage')}
            </h2>
            <StageProgress stage={order.stage} deliveredAt={order.deliveredAt} />
          </section>
          <CarTimeline customer={customer} order={order} locale={locale} />
          <section aria-labelledby="configuration">
            <h2 id="configuration" className="eyebrow mb-6">
              {t('configuration')}
            </h2>
            {groups.length === 0 ? (
              <p className="text-mist">{t('noConfiguration')}</p>
            ) : (
              <dl className="divide-y divide-line border-y border-line">
                {groups.map(({ group, options }) => (
                  <div key={group} className="grid sm:grid-cols-[12rem_1fr] gap-2 py-5">
                    <dt className="text-xs tracking-[0.18em] uppercase text-mist">
                      {t(`groups.${group}`)}
                    </dt>
                    <dd className="flex flex-col gap-1.5 text-ivory">
                      {options.map((o) => (
                        <span key={o.id}>{o.option}</span>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        </div>
        <aside className="border border-line p-6 sm:p-8 bg-graphite/40 h-fit">
          <h2 className="eyebrow mb-6">{t('details')}</h2>
          <dl className="flex flex-col gap-5 text-sm">
            <div>
              <dt className="text-mist mb-1">{t('orderNumber')}</dt>
              <dd>{order.orderNumber}</dd>
            </div>
            <div>
              <dt className="text-mist mb-1">{t('orderDate')}</dt>
              <dd>{formatDate(locale, order.orderDate)}</dd>
            </div>
            <div>
              <dt className="text-mist mb-1">
                {order.deliveredAt ? td('delivered') : td('deliveryWindow')}
              </dt>
              <dd>
                {order.deliveredAt
                  ? formatDate(locale, order.deliveredAt)
                  : (window ?? td('deliveryTbd'))}
              </dd>
            </div>
          </dl>
          <Link
            href={`/orders/${order.id}/car`}
            className="mt-8 inline-flex items-center gap-2 text-xs tracking-[0.2em] uppercase text-amber hover:text-amber-bright"
            data-testid="my-car-link"
          >
            {tc('myCar')} <ArrowRight size={14} aria-hidden="true" />
          </Link>
        </aside>
      </div>
    </article>
  )
}
