import type { Access, AccessResult } from 'payload'

import { staffCan } from './user'

/**
 * Staff who may change an order may change its media: admins all, account managers those of
 * their own customers' orders. Which order new media may join is checked in its beforeValidate.
 */
export const orderMediaWrite: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'orders:write-all')) return true
  if (staffCan(user, 'orders:write-own'))
    return { 'order.customer.accountManager': { equals: user!.id } }
  return false
}
