import 'server-only'

import { cache } from 'react'

import type { TCustomerUser } from '@/access/user'
import { getPayload } from '@/payload/get-payload'

export const NOTIFICATIONS_PER_PAGE = 20

/** Unread notifications of the signed-in customer, for the bell (once per request). */
export const unreadCount = cache(async (customer: TCustomerUser): Promise<number> => {
  const payload = await getPayload()
  const { totalDocs } = await payload.count({
    collection: 'notifications',
    where: { readAt: { exists: false } },
    user: customer,
    overrideAccess: false,
  })
  return totalDocs
})

/**
 * One page of the customer's notifications, newest first, read as the customer (the access
 * function keeps it to their own), with their cars for grouping.
 */
export async function listNotifications(customer: TCustomerUser, page: number) {
  const payload = await getPayload()
  const [list, orders] = await Promise.all([
    payload.find({
      collection: 'notifications',
      sort: '-createdAt',
      limit: NOTIFICATIONS_PER_PAGE,
      page,
      depth: 0,
      select: {
        type: true,
        title: true,
        body: true,
        link: true,
        order: true,
        readAt: true,
        createdAt: true,
      },
      user: customer,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'orders',
      where: { customer: { equals: customer.id } },
      sort: 'orderDate',
      depth: 0,
      limit: 50,
      pagination: false,
      select: { orderNumber: true, model: true },
      user: customer,
      overrideAccess: false,
    }),
  ])
  return { list, orders: orders.docs }
}

export type TNotificationList = Awaited<ReturnType<typeof listNotifications>>
export type TNotificationItem = TNotificationList['list']['docs'][number]
