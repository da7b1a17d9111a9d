import type { Access, AccessResult } from 'payload'

import { isCustomer, isStaff, staffCan } from './user'

/**
 * Notifications are their recipient's alone: a customer reads their own, a staff member theirs;
 * administrators may look at all of them (support). Used for update too: marking read.
 */
export const notificationsOwn: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'staff:manage')) return true
  if (isStaff(user)) return { staff: { equals: user.id } }
  if (isCustomer(user)) return { customer: { equals: user.id } }
  return false
}
