import { getTranslations } from 'next-intl/server'

import { requireCustomer } from '@/lib/auth/current-customer'
import { CarImage } from '@/features/orders/components/car-image'
import { SecondFactorCard } from '@/features/security/components/second-factor-card'
import { LatestUpdate } from '@/features/timeline/components/latest-update'
import type { TLocale } from '@/lib/i18n/locales'

import { ActionItems } from './components/action-items'
import { CarCard } from './components/car-card'
import { ManagerCard } from './components/manager-card'
import { getDashboard } from './queries'

export async function DashboardPage({ locale }: { locale: TLocale }) {
  const customer = await requireCustomer(locale)
  const t = await getTranslations('Dashboard')
  const { orders, manager } = await getDashboard(customer, locale)
  return (
    <>
      <section className="relative overflow-hidden border-b border-line/60">
        <div className="absolute inset-0 opacity-70" aria-hidden="true">
          <CarImage model={orders[0]?.model} priority />
        </div>
        <div
          className="absolute inset-0 bg-gradient-to-r from-ink via-ink/80 to-ink/10"
          aria-hidden="true"
        />
        <div className="relative mx-auto max-w-7xl px-5 sm:px-8 py-16 sm:py-24 lg:py-32">
          <p className="eyebrow mb-5">{t('eyebrow')}</p>
          <h1
            className="text-4xl sm:text-5xl lg:text-6xl font-light tracking-tight max-w-3xl"
            data-testid="welcome"
          >
            {t('welcome', { name: customer.firstName })}
          </h1>
          <p className="mt-6 text-mist max-w-xl leading-relaxed">{t('intro')}</p>
        </div>
      </section>
      <LatestUpdate customer={customer} locale={locale} />
      <div className="mx-auto max-w-7xl px-5 sm:px-8 py-12 sm:py-16 grid gap-10 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="your-cars" className="flex flex-col gap-8 min-w-0">
          <h2 id="your-cars" className="eyebrow">
            {t('yourCars')}
          </h2>
          {orders.length === 0 ? (
            <p className="text-mist border border-line p-8">{t('noCars')}</p>
          ) : (
            orders.map((order) => <CarCard key={order.id} order={order} locale={locale} />)
          )}
        </section>
        <aside className="flex flex-col gap-8 min-w-0">
          <ActionItems orders={orders} locale={locale} />
          <SecondFactorCard customerId={customer.id} />
          <ManagerCard manager={manager} />
        </aside>
      </div>
    </>
  )
}
