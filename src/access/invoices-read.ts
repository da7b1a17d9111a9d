import type { Access, AccessResult } from 'payload'

import { isCustomer, staffCan } from './user'

/** Invoices: admins and finance all, account managers their customers', a customer their own. */
export const invoicesRead: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'invoices:read-all')) return true
  if (staffCan(user, 'invoices:read-own'))
    return { 'customer.accountManager': { equals: user!.id } }
  if (isCustomer(user)) return { customer: { equals: user.id } }
  return false
}
