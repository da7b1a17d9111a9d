import type { Access, AccessResult } from 'payload'

import { staffCan } from './user'

/**
 * Update/delete filter: admins all orders, account managers the orders of their own customers.
 * Which customer an order may be created for is checked in the order's beforeValidate hook.
 */
export const ordersWrite: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'orders:write-all')) return true
  if (staffCan(user, 'orders:write-own')) return { 'customer.accountManager': { equals: user!.id } }
  return false
}
