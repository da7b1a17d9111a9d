import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { staffCan } from '@/access/user'

const idOf = (v: unknown) =>
  v && typeof v === 'object' ? String((v as { id: string }).id) : v ? String(v) : undefined

/**
 * Account managers file documents only for their own customers, and a document's car must be one
 * of that customer's. Shared by documents and invoices: access functions do not see the data.
 */
export const beforeDocumentValidate: CollectionBeforeValidateHook = async ({
  data,
  req,
  originalDoc,
}) => {
  if (!data) return data
  const customerId = idOf(data.customer ?? originalDoc?.customer)
  const orderId = idOf(data.order === undefined ? originalDoc?.order : data.order)
  if (
    customerId &&
    req.user &&
    staffCan(req.user, 'documents:write-own') &&
    !staffCan(req.user, 'documents:write-all')
  ) {
    const customer = await req.payload.findByID({
      collection: 'customers',
      id: customerId,
      depth: 0,
      select: { accountManager: true },
      overrideAccess: true, // system: the owner decides, whatever the caller may read
      disableErrors: true,
      req,
    })
    if (!customer || idOf(customer.accountManager) !== String(req.user.id))
      throw new APIError('You can only add documents for your own customers.', 403, null, true)
  }
  if (customerId && orderId) {
    const order = await req.payload.findByID({
      collection: 'orders',
      id: orderId,
      depth: 0,
      select: { customer: true },
      overrideAccess: true, // system: compare owners, whatever the caller may read
      disableErrors: true,
      req,
    })
    if (!order || idOf(order.customer) !== customerId)
      throw new APIError('This car belongs to another customer.', 400, null, true)
  }
  return data
}
