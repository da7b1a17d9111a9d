import type { Access, AccessResult } from 'payload'

import { isCustomer, staffCan } from './user'

/**
 * Records that belong to one order (milestones, estimate history): staff see them as they see
 * orders, a customer those of their own orders.
 */
export const orderChildRead: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'orders:read-all')) return true
  if (staffCan(user, 'orders:read-own'))
    return { 'order.customer.accountManager': { equals: user!.id } }
  if (isCustomer(user)) return { 'order.customer': { equals: user.id } }
  return false
}
