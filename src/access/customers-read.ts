import type { Access, AccessResult } from 'payload'

import { isCustomer, staffCan } from './user'

/** Customers read themselves; account managers their own customers; admin/marketing/finance all. */
export const customersRead: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'customers:read-all')) return true
  if (staffCan(user, 'customers:read-own')) return { accountManager: { equals: user!.id } }
  if (isCustomer(user)) return { id: { equals: user.id } }
  return false
}
