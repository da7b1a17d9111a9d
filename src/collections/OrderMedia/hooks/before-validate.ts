import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { staffCan } from '@/access/user'

const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: string }).id : (v as string))

/** Account managers may only add media to (or move it to) orders of their own customers. */
export const beforeOrderMediaValidate: CollectionBeforeValidateHook = async ({
  data,
  req,
  originalDoc,
}) => {
  const orderId = idOf(data?.order ?? originalDoc?.order)
  // No user: system code (seed, jobs) with overrideAccess; access already refused everyone else.
  if (!orderId || !req.user || staffCan(req.user, 'orders:write-all')) return data
  // The caller's own read access decides: an order they cannot see is not theirs to add to.
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
    throw new APIError('You can only add media to orders of your own customers.', 403, null, true)
  return data
}
