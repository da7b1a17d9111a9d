import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { EventDetailPage } from '@/features/events/event-detail-page'
import { getCustomerEvents } from '@/features/events/queries'
import { getCurrentCustomer } from '@/lib/auth/current-customer'
import { pageLocale } from '@/lib/i18n/page-locale'
import { measuredPage } from '@/lib/metrics/measured-page'

type TProps = { params: Promise<{ locale: string; id: string }> }

/** The event's own title; one the customer may not see is named like the events page. */
export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const p = await params
  const locale = pageLocale(p)
  const customer = await getCurrentCustomer()
  const [event] =
    customer && /^[0-9a-f-]{36}$/i.test(p.id)
      ? await getCustomerEvents(customer, locale, { id: p.id })
      : []
  if (event?.title) return { title: event.title }
  const t = await getTranslations({ locale, namespace: 'Shell' })
  return { title: t('titles.events') }
}

export default measuredPage('/[locale]/events/[id]', async ({ params }: TProps) => {
  const p = await params
  return EventDetailPage({ locale: pageLocale(p), id: p.id })
})
