import type { Access, AccessResult } from 'payload'

import { staffCan } from './user'

/**
 * Staff who may change an order may change what belongs to it: admins all, account managers those
 * of their own customers' orders. Which order a new record may join is checked in its hook
 * (src/collections/OrderMilestones/hooks/own-order.ts).
 */
export const orderChildWrite: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'orders:write-all')) return true
  if (staffCan(user, 'orders:write-own'))
    return { 'order.customer.accountManager': { equals: user!.id } }
  return false
}
