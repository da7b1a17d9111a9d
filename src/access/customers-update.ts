import type { Access, AccessResult } from 'payload'

import { isCustomer, staffCan } from './user'

/** Customers may update a few of their own fields (field access narrows which). */
export const customersUpdate: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'customers:write-all')) return true
  if (staffCan(user, 'customers:write-own')) return { accountManager: { equals: user!.id } }
  if (isCustomer(user)) return { id: { equals: user.id } }
  return false
}
