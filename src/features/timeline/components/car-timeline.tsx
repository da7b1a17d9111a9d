import type { TCustomerUser } from '@/access/user'
import type { TLocale } from '@/lib/i18n/locales'

import { TimelineSection } from './timeline-section'
import { getTimeline, markSeen } from '../queries'

/**
 * The timeline block of the car page. Updates shown here count as seen from now on: they carry
 * "new" on this view only.
 */
export async function CarTimeline(props: {
  customer: TCustomerUser
  order: { id: string; stage: string; deliveredAt?: string | null }
  locale: TLocale
}) {
  const { customer, order, locale } = props
  const timeline = await getTimeline(customer, order.id, locale)
  await markSeen(
    customer,
    timeline.updates.filter((u) => u.isNew).map((u) => u.id),
  )
  return (
    <TimelineSection
      timeline={timeline}
      orderStage={order.stage}
      delivered={Boolean(order.deliveredAt)}
      locale={locale}
    />
  )
}
