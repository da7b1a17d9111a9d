import { getTranslations } from 'next-intl/server'

import { ArrowRight } from '@/components/ui/icons'
import { formatDate, formatDeliveryWindow } from '@/lib/orders/format'
import { modelLabel } from '@/lib/orders/models'
import { CarImage } from '@/features/orders/components/car-image'
import { StageProgress } from '@/features/orders/components/stage-progress'
import { Link } from '@/lib/i18n/navigation'

import type { TDashboardOrder } from '../queries'

export async function CarCard({ order, locale }: { order: TDashboardOrder; locale: string }) {
  const t = await getTranslations('Dashboard')
  const to = await getTranslations('Order')
  const tl = await getTranslations('Orders')
  const tc = await getTranslations('MyCar')
  const window = formatDeliveryWindow(locale, order.deliveryWindowStart, order.deliveryWindowEnd)
  return (
    <article
      className="group border border-line bg-graphite/60"
      data-testid="car-card"
      aria-labelledby={`car-${order.id}`}
    >
      <div className="relative aspect-[16/9] sm:aspect-[21/9] overflow-hidden bg-carbon">
        <CarImage
          model={order.model}
          sizes="(min-width: 1024px) 56rem, 100vw"
          className="transition-transform duration-700 group-hover:scale-[1.02]"
        />
        <div className="absolute inset-0 bg-gradient-to-t from-graphite via-transparent to-transparent" />
        <div className="absolute left-5 sm:left-8 bottom-5 sm:bottom-7">
          <p className="eyebrow mb-2">{t('orderNumber', { number: order.orderNumber })}</p>
          <h3 id={`car-${order.id}`} className="text-2xl sm:text-3xl font-light tracking-tight">
            {modelLabel(order.model)}
          </h3>
        </div>
      </div>
      <div className="p-5 sm:p-8 grid gap-8 lg:grid-cols-[1.6fr_1fr]">
        <div>
          <p className="eyebrow mb-4 !text-mist">
            {order.deliveredAt ? tl('build') : t('currentStage')}
          </p>
          <StageProgress stage={order.stage} deliveredAt={order.deliveredAt} />
        </div>
        {/* Side by side only where the German labels ("Voraussichtliche Auslieferung") fit. */}
        <dl className="grid grid-cols-1 sm:grid-cols-2 lg:grid-cols-1 gap-6 text-sm min-w-0">
          <div>
            <dt className="eyebrow !text-mist mb-2 [overflow-wrap:break-word]">
              {order.deliveredAt ? t('delivered') : t('deliveryWindow')}
            </dt>
            <dd className="text-ivory" data-testid="delivery-window">
              {order.deliveredAt
                ? formatDate(locale, order.deliveredAt)
                : (window ?? <span className="text-smoke">{t('deliveryTbd')}</span>)}
            </dd>
          </div>
          <div>
            <dt className="eyebrow !text-mist mb-2 [overflow-wrap:break-word]">
              {to('orderDate')}
            </dt>
            <dd className="text-ivory">{formatDate(locale, order.orderDate)}</dd>
          </div>
        </dl>
      </div>
      <div className="px-5 sm:px-8 pb-6 flex flex-wrap gap-x-8 gap-y-3">
        <Link
          href={`/orders/${order.id}`}
          className="inline-flex items-center gap-2 text-xs tracking-[0.2em] uppercase text-amber hover:text-amber-bright"
        >
          {t('viewCar')} <ArrowRight size={14} aria-hidden="true" />
        </Link>
        <Link
          href={`/orders/${order.id}/car`}
          className="inline-flex items-center gap-2 text-xs tracking-[0.2em] uppercase text-mist hover:text-amber"
        >
          {tc('myCar')} <ArrowRight size={14} aria-hidden="true" />
        </Link>
      </div>
    </article>
  )
}
