import 'server-only'

import type { Metadata } from 'next'
import { z } from 'zod'

import { getCurrentCustomer } from '@/lib/auth/current-customer'
import { pageTitle } from '@/lib/i18n/page-title'
import { isLocale } from '@/lib/i18n/locales'
import { modelLabel } from '@/lib/orders/models'
import { getPayload } from '@/payload/get-payload'

/**
 * The car page's <title>: the model and order number, read as the customer. Someone else's or a
 * missing order gets the 404 page's title, the same for both.
 */
export async function orderTitle({
  params,
}: {
  params: Promise<{ locale: string; id: string }>
}): Promise<Metadata> {
  const { locale, id } = await params
  const notFoundTitle = () => pageTitle('notFound')({ params })
  const customer = await getCurrentCustomer()
  if (!customer || !isLocale(locale) || !z.uuid().safeParse(id).success) return notFoundTitle()
  const payload = await getPayload()
  const order = await payload.findByID({
    collection: 'orders',
    id,
    depth: 0,
    select: { model: true, orderNumber: true },
    user: customer,
    overrideAccess: false,
    disableErrors: true,
  })
  return order ? { title: `${modelLabel(order.model)} ${order.orderNumber}` } : notFoundTitle()
}
