import type { Access, AccessResult } from 'payload'

import { isCustomer, isPendingStaff, isStaff } from './user'

/**
 * Staff see each other (to assign account managers). A customer sees only their own account
 * manager, for the contact card. A staff member still to pass the second factor sees only
 * themselves (who is signed in, for the enrolment screen and Payload's /me).
 */
export const staffRead: Access = ({ req: { user } }): AccessResult => {
  if (isStaff(user)) return true
  if (isPendingStaff(user)) return { id: { equals: user.id } }
  if (isCustomer(user)) {
    const manager = user.accountManager
    const id = typeof manager === 'object' && manager ? manager.id : manager
    return id ? { id: { equals: id } } : false
  }
  return false
}
