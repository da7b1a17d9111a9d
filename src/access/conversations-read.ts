import type { Access, AccessResult } from 'payload'

import { isCustomer, staffCan } from './user'

/**
 * A conversation is the customer's own line to their account manager: admins see all, an account
 * manager those of their own customers and those handed over to them, a customer only theirs.
 */
export const conversationsRead: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'messages:all')) return true
  if (staffCan(user, 'messages:own'))
    return {
      or: [
        { 'customer.accountManager': { equals: user!.id } },
        { assignedTo: { equals: user!.id } },
      ],
    }
  if (isCustomer(user)) return { customer: { equals: user.id } }
  return false
}
