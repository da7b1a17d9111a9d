import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/lib/timeline/milestones'
import { notify } from '@/lib/notify'

/** A milestone that becomes done tells the customer, in the same transaction as the change. */
export const notifyReached: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.state !== 'done' || previousDoc?.state === 'done' || req.context?.seed) return doc
  const order = await req.payload.findByID({
    collection: 'orders',
    id: idOf(doc.order)!,
    depth: 0,
    select: { customer: true },
    overrideAccess: true, // system: whom to tell
    disableErrors: true,
    req,
  })
  const def = await req.payload.findByID({
    collection: 'milestone-definitions',
    id: idOf(doc.definition)!,
    depth: 0,
    select: { key: true },
    overrideAccess: true, // system: reference data
    disableErrors: true,
    req,
  })
  if (!order) return doc
  await notify(
    {
      customer: idOf(order.customer)!,
      type: 'milestone-reached',
      title: { key: 'Timeline.notify.milestoneTitle', params: { milestone: def?.key ?? '' } },
      body: { key: 'Timeline.notify.milestoneBody' },
      link: `/orders/${order.id}#timeline`,
      entity: { collection: 'order-milestones', id: doc.id },
      order: order.id,
    },
    req,
  )
  return doc
}
