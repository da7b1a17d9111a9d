import type { CollectionAfterChangeHook } from 'payload'

import { notify } from '@/lib/notify'
import { idOf } from '@/lib/timeline/milestones'

/** The first publication of an update tells the customer (now or when the schedule fires). */
export const notifyPublished: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc._status !== 'published' || previousDoc?.publishedAt || req.context?.seed) return doc
  const order = await req.payload.findByID({
    collection: 'orders',
    id: idOf(doc.order)!,
    depth: 0,
    select: { customer: true },
    overrideAccess: true, // system: whom to tell
    disableErrors: true,
    req,
  })
  if (!order) return doc
  await notify(
    {
      customer: idOf(order.customer)!,
      type: 'production-update',
      title: { key: 'Timeline.notify.updateTitle' },
      body: { key: 'Timeline.notify.updateBody', params: { title: String(doc.title ?? '') } },
      link: `/orders/${order.id}#update-${doc.id}`,
      entity: { collection: 'production-updates', id: doc.id },
      order: order.id,
    },
    req,
  )
  return doc
}
