import type { Access, AccessResult } from 'payload'

import { staffCan } from './user'

/**
 * Staff who hold a conversation may hand it over (the only field anyone may change; read marks
 * and mail bookkeeping are written by the system). Customers change nothing here.
 */
export const conversationsUpdate: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'messages:all')) return true
  if (staffCan(user, 'messages:own'))
    return {
      or: [
        { 'customer.accountManager': { equals: user!.id } },
        { assignedTo: { equals: user!.id } },
      ],
    }
  return false
}
