import type { Access, AccessResult } from 'payload'

import { isCustomer, staffCan } from './user'

/**
 * Signature requests, their signers and their events are read like the contract they are about:
 * admins all, account managers their own customers', a customer their own (each record carries
 * the request's customer). Marketing and finance none.
 */
export const signaturesRead: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'documents:read-all')) return true
  if (staffCan(user, 'documents:read-own'))
    return { 'customer.accountManager': { equals: user!.id } }
  if (isCustomer(user)) return { customer: { equals: user.id } }
  return false
}
