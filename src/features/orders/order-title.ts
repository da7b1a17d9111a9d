import 'server-only'

import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { z } from 'zod'

import { getCurrentCustomer } from '@/lib/auth/current-customer'
import { pageTitle, type TTitleKey } from '@/lib/i18n/page-title'
import { isLocale } from '@/lib/i18n/locales'
import { modelLabel } from '@/lib/orders/models'
import { getPayload } from '@/payload/get-payload'

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
