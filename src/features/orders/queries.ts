import 'server-only'

import { z } from 'zod'

import type { TCustomerUser } from '@/access/user'
import type { TLocale } from '@/lib/i18n/locales'
import { getPayload } from '@/payload/get-payload'

/** One of the customer's orders, or null for "missing" and "not yours" alike (both become 404). */
export async function getOrderForCustomer(customer: TCustomerUser, id: string, locale: TLocale) {
  if (!z.uuid().safeParse(id).success) return null
  const payload = await getPayload()
  return payload.findByID({
    collection: 'orders',
    id,
    depth: 0,
    locale,
    fallbackLocale: 'en',
    user: customer,
    overrideAccess: false,
    disableErrors: true,
  })
}
