import { getTranslations } from 'next-intl/server'

import { ArrowRight } from '@/components/ui/icons'
import { requireCustomer } from '@/lib/auth/current-customer'
import { Link } from '@/lib/i18n/navigation'
import type { TLocale } from '@/lib/i18n/locales'
import { formatDate, formatDeliveryWindow } from '@/lib/orders/format'
import { modelLabel } from '@/lib/orders/models'
import { stageProgress } from '@/lib/orders/stages'

import { CarImage } from './components/car-image'
import { listOrdersForCustomer } from './list-orders'

/** "My cars": every car of the customer as a card that opens its page. */
export async function OrdersPage({ locale }: { locale: TLocale }) {
  const customer = await requireCustomer(locale)
  const [t, ts, td, tc, orders] = await Promise.all([
    getTranslations('Orders'),
    getTranslations('Stages'),
    getTranslations('Dashboard'),
    getTranslations('MyCar'),
    listOrdersForCustomer(customer, locale),
  ])
  return (
    <div className="mx-auto max-w-7xl px-5 sm:px-8 py-14 sm:py-20">
      <p className="eyebrow mb-4">{t('eyebrow')}</p>
      <h1 className="font-display text-4xl sm:text-5xl font-light tracking-tight">{t('title')}</h1>
      <p className="mt-5 text-mist max-w-xl leading-relaxed">{t('intro')}</p>
      {orders.length === 0 ? (
        <p className="mt-12 text-mist border border-line p-8">{t('empty')}</p>
      ) : (
        <ul className="mt-12 grid gap-8 md:grid-cols-2" data-testid="orders-list">
          {orders.map((order) => {
            const p = stageProgress(order.stage, order.deliveredAt)
            const window = formatDeliveryWindow(
              locale,
              order.deliveryWindowStart,
              order.deliveryWindowEnd,
            )
            return (
              <li key={order.id}>
                <Link
                  href={`/orders/${order.id}`}
                  className="group block border border-line bg-graphite/60 hover:border-amber/60 transition-colors"
                  data-testid="orders-list-item"
                >
                  <div className="relative aspect-[16/9] overflow-hidden bg-carbon">
                    <CarImage
                      model={order.model}
                      className="transition-transform duration-700 group-hover:scale-[1.02]"
                    />
                  </div>
                  <div className="p-6 sm:p-8 flex flex-col gap-3">
                    <p className="eyebrow">{td('orderNumber', { number: order.orderNumber })}</p>
                    <h2 className="font-display text-2xl sm:text-3xl font-light">
                      {modelLabel(order.model)}
                    </h2>
                    <p className="text-sm text-mist">
                      {p.delivered
                        ? t('deliveredOn', { date: formatDate(locale, order.deliveredAt) })
                        : `${t('stage')}: ${ts(p.current ?? 'design')}${window ? ` · ${t('expected', { window })}` : ''}`}
                    </p>
                    <span className="mt-2 inline-flex items-center gap-2 text-xs tracking-[0.2em] uppercase text-amber group-hover:text-amber-bright">
                      {t('open')} <ArrowRight size={14} aria-hidden="true" />
                    </span>
                  </div>
                </Link>
                <Link
                  href={`/orders/${order.id}/car`}
                  className="mt-3 inline-flex items-center gap-2 text-xs tracking-[0.2em] uppercase text-mist hover:text-amber"
                >
                  {tc('myCar')} <ArrowRight size={14} aria-hidden="true" />
                </Link>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
