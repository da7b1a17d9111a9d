import 'server-only'

import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { z } from 'zod'

import type { TCustomerUser } from '@/access/user'
import { getCurrentCustomer } from '@/lib/auth/current-customer'
import { pageTitle, type TTitleKey } from '@/lib/i18n/page-title'
import { isLocale, type TLocale } from '@/lib/i18n/locales'
import { modelLabel } from '@/lib/orders/models'
import { getPayload } from '@/payload/get-payload'

import { LISTED_ORDERS, listOrdersForCustomer } from './list-orders'

/**
 * One of the customer's cars by id. The car pages list the customer's cars anyway (the switcher),
 * so the title reads that list (once per request); only an order beyond it is read on its own.
 */
async function ownCar(customer: TCustomerUser, id: string, locale: TLocale) {
  const cars = await listOrdersForCustomer(customer, locale)
  const listed = cars.find((c) => c.id === id)
  if (listed || cars.length < LISTED_ORDERS) return listed ?? null
  const payload = await getPayload()
  return payload.findByID({
    collection: 'orders',
    id,
    depth: 0,
    select: { model: true, orderNumber: true },
    user: customer,
    overrideAccess: false,
    disableErrors: true,
  })
}

/**
 * The car page's <title>: the model and order number, read as the customer. Someone else's or a
 * missing order gets the 404 page's title, the same for both. `section` names a sub-page of the
 * car ("My car") in front of it.
 */
export function orderTitleOf(section?: TTitleKey) {
  return async ({
    params,
  }: {
    params: Promise<{ locale: string; id: string }>
  }): Promise<Metadata> => {
    const { locale, id } = await params
    const notFoundTitle = () => pageTitle('notFound')({ params })
    const customer = await getCurrentCustomer()
    if (!customer || !isLocale(locale) || !z.uuid().safeParse(id).success) return notFoundTitle()
    const order = await ownCar(customer, id, locale)
    if (!order) return notFoundTitle()
    const car = `${modelLabel(order.model)} ${order.orderNumber}`
    if (!section) return { title: car }
    const t = await getTranslations({ locale, namespace: 'Shell' })
    return { title: `${t(`titles.${section}`)} · ${car}` }
  }
}

export const orderTitle = orderTitleOf()

/** "My car · Donkervoort P24 RS DV-2025-0418". */
export const carTitle = orderTitleOf('car')
