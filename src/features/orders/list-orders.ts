import 'server-only'

import { cache } from 'react'

import type { TCustomerUser } from '@/access/user'
import type { TLocale } from '@/lib/i18n/locales'
import { getPayload } from '@/payload/get-payload'

/** At most this many cars are listed (a customer with more is not expected; the title still copes). */
export const LISTED_ORDERS = 50

/**
 * The customer's cars for "My cars", newest order first, read as the customer. Once per request:
 * the car pages' switcher and their <title> read the same list.
 */
export const listOrdersForCustomer = cache(async (customer: TCustomerUser, locale: TLocale) => {
  const payload = await getPayload()
  const { docs } = await payload.find({
    collection: 'orders',
    where: { customer: { equals: customer.id } },
    sort: '-orderDate',
    depth: 0,
    limit: LISTED_ORDERS,
    pagination: false,
    locale,
    fallbackLocale: 'en',
    select: {
      orderNumber: true,
      model: true,
      stage: true,
      deliveredAt: true,
      deliveryWindowStart: true,
      deliveryWindowEnd: true,
    },
    user: customer,
    overrideAccess: false,
  })
  return docs
})
