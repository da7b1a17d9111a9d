import type { CollectionAfterChangeHook } from 'payload'

import { actorFromUser } from '@/lib/audit/actor'
import { recordAudit } from '@/lib/audit/record-audit'
import { notify } from '@/lib/notify'
import { idOf } from '@/lib/timeline/milestones'

/** Context flag that lets the order's delivery window change: only this hook sets it. */
export const ESTIMATE_CHANGE_CONTEXT = 'deliveryEstimateChange'

/**
 * Moves the order's window, audits the change with its reason and tells the customer, all in
 * the transaction that created the history row: there is no window change without its reason.
 */
export const applyChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const orderId = idOf(doc.order)!
  const order = await req.payload.update({
    collection: 'orders',
    id: orderId,
    data: { deliveryWindowStart: doc.toStart, deliveryWindowEnd: doc.toEnd },
    depth: 0,
    select: { customer: true },
    overrideAccess: true, // system: the caller was authorised to change this order's estimate
    context: { [ESTIMATE_CHANGE_CONTEXT]: true },
    req,
  })
  const erp = doc.source === 'erp'
  await recordAudit({
    payload: req.payload,
    req,
    entry: {
      ...(erp
        ? { actorType: 'integration', actorId: null, actorLabel: 'erp' }
        : actorFromUser(req.user)),
      action: 'delivery-estimate.changed',
      targetType: 'order',
      targetId: orderId,
      outcome: 'success',
      details: {
        source: erp ? 'erp' : 'staff',
        from: [doc.fromStart ?? null, doc.fromEnd ?? null],
        to: [doc.toStart, doc.toEnd],
        reason: String(doc.reason),
      },
    },
  })
  if (!req.context?.seed)
    await notify(
      {
        customer: idOf(order.customer)!,
        type: 'delivery-estimate-changed',
        title: { key: 'Timeline.notify.estimateTitle' },
        body: { key: 'Timeline.notify.estimateBody', params: { reason: String(doc.reason) } },
        link: `/orders/${orderId}#estimate`,
        entity: { collection: 'delivery-estimate-changes', id: doc.id },
        order: orderId,
      },
      req,
    )
  return doc
}
