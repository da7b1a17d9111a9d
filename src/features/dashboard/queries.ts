import 'server-only'

import type { TCustomerUser } from '@/access/user'
import type { TLocale } from '@/lib/i18n/locales'
import { getPayload } from '@/payload/get-payload'

/**
 * Everything the dashboard shows, read as the customer (overrideAccess: false), with only the
 * fields it needs.
 */
export async function getDashboard(customer: TCustomerUser, locale: TLocale) {
  const payload = await getPayload()
  const managerId =
    typeof customer.accountManager === 'object'
      ? customer.accountManager?.id
      : customer.accountManager
  const [orders, manager] = await Promise.all([
    payload.find({
      collection: 'orders',
      where: { customer: { equals: customer.id } },
      sort: '-orderDate',
      depth: 0,
      limit: 50,
      pagination: false,
      locale,
      fallbackLocale: 'en',
      select: {
        orderNumber: true,
        model: true,
        stage: true,
        orderDate: true,
        deliveredAt: true,
        deliveryWindowStart: true,
        deliveryWindowEnd: true,
        actionItems: true,
      },
      user: customer,
      overrideAccess: false,
    }),
    managerId
      ? payload.findByID({
          collection: 'staff',
          id: managerId,
          depth: 0,
          locale,
          fallbackLocale: 'en',
          select: { name: true, title: true, email: true, phone: true },
          user: customer,
          overrideAccess: false,
          disableErrors: true,
        })
      : null,
  ])
  return { orders: orders.docs, manager }
}

export type TDashboard = Awaited<ReturnType<typeof getDashboard>>
export type TDashboardOrder = TDashboard['orders'][number]
export type TManager = NonNullable<TDashboard['manager']>
