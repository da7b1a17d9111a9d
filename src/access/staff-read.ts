import type { Access, AccessResult } from 'payload'

import { isCustomer, isStaff } from './user'

/**
 * Staff see each other (to assign account managers). A customer sees only their own account
 * manager, for the contact card.
 */
export const staffRead: Access = ({ req: { user } }): AccessResult => {
  if (isStaff(user)) return true
  if (isCustomer(user)) {
    const manager = user.accountManager
    const id = typeof manager === 'object' && manager ? manager.id : manager
    return id ? { id: { equals: id } } : false
  }
  return false
}
