import type { Access, AccessResult } from 'payload'

import { isCustomer, staffCan } from './user'

/**
 * Staff see updates (drafts included) as they see orders. A customer sees only published updates
 * of their own cars: a draft or a scheduled update does not exist for them, not even by id.
 */
export const productionUpdatesRead: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'orders:read-all')) return true
  if (staffCan(user, 'orders:read-own'))
    return { 'order.customer.accountManager': { equals: user!.id } }
  if (isCustomer(user))
    return {
      and: [{ 'order.customer': { equals: user.id } }, { _status: { equals: 'published' } }],
    }
  return false
}
