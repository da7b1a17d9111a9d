import type { Access, AccessResult } from 'payload'

import { isCustomer, staffCan } from './user'

export const ordersRead: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'orders:read-all')) return true
  if (staffCan(user, 'orders:read-own')) return { 'customer.accountManager': { equals: user!.id } }
  if (isCustomer(user)) return { customer: { equals: user.id } }
  return false
}
