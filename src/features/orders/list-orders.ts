import 'server-only'

import type { TCustomerUser } from '@/access/user'
import type { TLocale } from '@/lib/i18n/locales'
import { getPayload } from '@/payload/get-payload'

/** The customer's cars for "My cars", newest order first, read as the customer. */
export async function listOrdersForCustomer(customer: TCustomerUser, locale: TLocale) {
  const payload = await getPayload()
  const { docs } = await payload.find({
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
      deliveredAt: true,
      deliveryWindowStart: true,
      deliveryWindowEnd: true,
    },
    user: customer,
    overrideAccess: false,
  })
  return docs
}
