import type { Access, AccessResult } from 'payload'

import { isCustomer, staffCan } from './user'

/** Contracts and other documents: admins all, account managers their customers', a customer their own. */
export const documentsRead: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'documents:read-all')) return true
  if (staffCan(user, 'documents:read-own'))
    return { 'customer.accountManager': { equals: user!.id } }
  if (isCustomer(user)) return { customer: { equals: user.id } }
  return false
}
