import type { Access, AccessResult } from 'payload'

import { isCustomer, staffCan } from './user'

/**
 * Feedback names the customer who gave it, so staff who manage help read it as they read
 * customers: marketing and admins all of it, an account manager that of their own customers.
 * A customer reads only their own votes.
 */
export const helpFeedbackRead: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'help:manage') && staffCan(user, 'customers:read-all')) return true
  if (staffCan(user, 'help:manage') && staffCan(user, 'customers:read-own'))
    return { 'customer.accountManager': { equals: user!.id } }
  if (isCustomer(user)) return { customer: { equals: user.id } }
  return false
}
