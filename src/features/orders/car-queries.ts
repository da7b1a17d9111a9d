import 'server-only'

import type { Payload } from 'payload'
import { z } from 'zod'

import type { TUser } from '@/access/user'
import { toPhoto, type TPhoto } from '@/lib/timeline/photo'
import type { TLocale } from '@/lib/i18n/locales'
import { CONFIGURATION_GROUPS, type TConfigurationGroup } from '@/lib/orders/models'
import { getPayload } from '@/payload/get-payload'

export type TCarOption = {
  id: string
  label: string | null
  option: string
  swatch: string | null
  image: TPhoto | null
}

/**
 * One car for "My car" and its build sheet, read as the caller (overrideAccess: false): the
 * customer who owns it, or staff who may read the order. Missing and not-yours are both null.
 * A configuration photo comes along only once it is released to the customer (order-media's own
 * read access decides while populating), so the page never links a file the route would refuse.
 */
export async function readCar(user: TUser, id: string, locale: TLocale) {
  if (!z.uuid().safeParse(id).success) return null
  const payload = await getPayload()
  const order = await readOrder(payload, user, id, locale)
  if (!order) return null
  const groups = CONFIGURATION_GROUPS.map((group) => ({
    group,
    options: (order.configuration ?? [])
      .filter((c) => c.group === group && c.option)
      .map((c): TCarOption => ({
        id: String(c.id),
        label: c.label ?? null,
        option: c.option ?? '',
        swatch: c.swatch ?? null,
        image: toPhoto(c.image),
      })),
  })).filter((g) => g.options.length) satisfies { group: TConfigurationGroup }[]
  const owner = typeof order.customer === 'object' ? order.customer : null
  return {
    id: String(order.id),
    orderNumber: order.orderNumber,
    orderDate: order.orderDate,
    model: order.model,
    stage: order.stage,
    vin: order.vin ?? null,
    deliveredAt: order.deliveredAt ?? null,
    deliveryWindowStart: order.deliveryWindowStart ?? null,
    deliveryWindowEnd: order.deliveryWindowEnd ?? null,
    ownerName: owner ? [owner.firstName, owner.lastName].filter(Boolean).join(' ') : null,
    groups,
  }
}

/** Payload's Forbidden (a caller with no read access at all) is the same "not found" as not yours. */
async function readOrder(payload: Payload, user: TUser, id: string, locale: TLocale) {
  try {
    return await payload.findByID({
      collection: 'orders',
      id,
      depth: 1,
      locale,
      fallbackLocale: 'en',
      select: {
        orderNumber: true,
        orderDate: true,
        model: true,
        stage: true,
        vin: true,
        deliveredAt: true,
        deliveryWindowStart: true,
        deliveryWindowEnd: true,
        configuration: true,
        customer: true,
      },
      populate: {
        'order-media': { alt: true, caption: true, mimeType: true, storedFiles: true },
        customers: { firstName: true, lastName: true },
      },
      user,
      overrideAccess: false,
      disableErrors: true,
    })
  } catch (err) {
    if ((err as { status?: number }).status === 403) return null
    throw err
  }
}

export type TCar = NonNullable<Awaited<ReturnType<typeof readCar>>>
