import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { staffCan } from '@/access/user'
import { idOf } from '@/lib/timeline/milestones'

/**
 * Account managers may only attach records (milestones, updates, estimate changes) to orders of
 * their own customers, and never move one to another order. Access functions do not see the
 * data, so this hook decides with the caller's own read access on the order.
 */
export const ownOrderOnly: CollectionBeforeValidateHook = async ({ data, req, originalDoc }) => {
  const orderId = idOf(data?.order ?? originalDoc?.order)
  // No user: system code (seed, jobs, ERP) with overrideAccess; access already refused everyone else.
  if (!orderId || !req.user || staffCan(req.user, 'orders:write-all')) return data
  if (originalDoc?.order && idOf(originalDoc.order) !== orderId)
    throw new APIError('A record cannot move to another order.', 403, null, true)
  const order = await req.payload.findByID({
    collection: 'orders',
    id: orderId,
    depth: 0,
    select: {},
    user: req.user,
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  if (!order || !staffCan(req.user, 'orders:write-own'))
    throw new APIError('You can only change orders of your own customers.', 403, null, true)
  return data
}
