import type { Access, AccessResult } from 'payload'

import { isCustomer, staffCan } from './user'

/** Which updates a customer has seen: the customer their own; staff as they see customers. */
export const seenMarksRead: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'customers:read-all')) return true
  if (staffCan(user, 'customers:read-own'))
    return { 'customer.accountManager': { equals: user!.id } }
  if (isCustomer(user)) return { customer: { equals: user.id } }
  return false
}
