import { getFormatter, getTranslations } from 'next-intl/server'

import { Button } from '@/components/ui/button'
import { requireCustomer } from '@/lib/auth/current-customer'
import { Link } from '@/lib/i18n/navigation'
import type { TLocale } from '@/lib/i18n/locales'
import { modelLabel } from '@/lib/orders/models'

import { markAllReadAction } from './actions'
import { NotificationRow } from './components/notification-row'
import { listNotifications, type TNotificationItem } from './queries'

type TSearch = Record<string, string | string[] | undefined>

const pageOf = (v: string | string[] | undefined) => {
  const n = Number(Array.isArray(v) ? v[0] : v)
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1
}

/** Everything the customer was told, newest first, paged; grouped by car when they have several. */
export async function NotificationsPage({ locale, search }: { locale: TLocale; search: TSearch }) {
  const customer = await requireCustomer(locale)
  const page = pageOf(search.page)
  const t = await getTranslations('Notifications.page')
  const format = await getFormatter()
  const { list, orders } = await listNotifications(customer, page)
  const timeZone = customer.timeZone || 'Europe/Amsterdam'
  const when = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short', timeZone })

  const grouped = orders.length > 1
  const groups = new Map<string, TNotificationItem[]>()
  for (const item of list.docs) {
    const key = grouped && typeof item.order === 'string' ? item.order : ''
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  const carName = (id: string) => {
    const o = orders.find((x) => x.id === id)
    return o ? `${modelLabel(o.model)} · ${o.orderNumber}` : t('general')
  }
  const anyUnread = list.docs.some((d) => !d.readAt)

  return (
    <div className="mx-auto max-w-4xl px-5 sm:px-8 py-12 sm:py-16 flex flex-col gap-10">
      <header className="flex flex-col gap-4">
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1 className="text-3xl sm:text-4xl font-light tracking-tight">{t('title')}</h1>
        <p className="text-mist leading-relaxed max-w-2xl">{t('intro')}</p>
        <div className="flex flex-wrap items-center gap-6">
          {anyUnread && (
            <form action={markAllReadAction}>
              <input type="hidden" name="locale" value={locale} />
              <Button type="submit" variant="ghost" data-testid="mark-all-read">
                {t('markAllRead')}
              </Button>
            </form>
          )}
          <Link href="/account/preferences" className="text-sm text-mist hover:text-amber">
            {t('preferences')}
          </Link>
        </div>
      </header>

      {list.totalDocs === 0 ? (
        <p className="text-mist border border-line p-8">{t('empty')}</p>
      ) : (
        [...groups.entries()].map(([key, items]) => (
          <section
            key={key || 'all'}
            className="flex flex-col gap-4"
            data-testid="notification-group"
          >
            {grouped && <h2 className="eyebrow">{key ? carName(key) : t('general')}</h2>}
            <ul className="flex flex-col divide-y divide-line border-y border-line">
              {items.map((item) => (
                <NotificationRow
                  key={item.id}
                  item={item}
                  locale={locale}
                  page={page}
                  at={when(item.createdAt)}
                />
              ))}
            </ul>
          </section>
        ))
      )}

      {list.totalPages > 1 && (
        <nav
          className="flex items-center justify-between text-sm text-mist"
          aria-label={t('title')}
        >
          {list.hasPrevPage ? (
            <Link href={`/notifications?page=${page - 1}`} className="hover:text-amber">
              ← {t('previous')}
            </Link>
          ) : (
            <span />
          )}
          <span>{t('pageOf', { page, pages: list.totalPages })}</span>
          {list.hasNextPage ? (
            <Link href={`/notifications?page=${page + 1}`} className="hover:text-amber">
              {t('next')} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  )
}
