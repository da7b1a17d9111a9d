import { APIError, ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { staffCan } from '@/access/user'
import type { Order } from '@/payload-types'

const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: string }).id : (v as string))

/**
 * Account managers may only place orders for their own customers, and the delivery window must
 * not end before it starts. Both are checked here because access functions do not see the data.
 */
export const beforeOrderValidate: CollectionBeforeValidateHook<Order> = async ({
  data,
  req,
  originalDoc,
}) => {
  if (!data) return data
  const customerId = idOf(data.customer ?? originalDoc?.customer)
  if (
    req.user &&
    staffCan(req.user, 'orders:write-own') &&
    !staffCan(req.user, 'orders:write-all') &&
    customerId
  ) {
    const customer = await req.payload.findByID({
      collection: 'customers',
      id: customerId,
      depth: 0,
      select: { accountManager: true },
      overrideAccess: true, // system: we need the owner to decide, whatever the caller may read
      disableErrors: true,
      req,
    })
    if (!customer || idOf(customer.accountManager) !== req.user.id) {
      throw new APIError('You can only place orders for your own customers.', 403, null, true)
    }
  }
  const start = data.deliveryWindowStart ?? originalDoc?.deliveryWindowStart
  const end = data.deliveryWindowEnd ?? originalDoc?.deliveryWindowEnd
  if (start && end && new Date(end) < new Date(start)) {
    throw new ValidationError({
      collection: 'orders',
      errors: [{ path: 'deliveryWindowEnd', message: 'The window cannot end before it starts.' }],
    })
  }
  return data
}
