import type { Access, AccessResult } from 'payload'

import { isCustomer, staffCan } from './user'

/**
 * Staff see media as they see orders; a customer only media of their own orders that has been
 * released to them (the production timeline sets `visibleToCustomer` when it publishes an update).
 */
export const orderMediaRead: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'orders:read-all')) return true
  if (staffCan(user, 'orders:read-own'))
    return { 'order.customer.accountManager': { equals: user!.id } }
  if (isCustomer(user))
    return {
      and: [{ 'order.customer': { equals: user.id } }, { visibleToCustomer: { equals: true } }],
    }
  return false
}
