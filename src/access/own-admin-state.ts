import type { Access, Where } from 'payload'

import { isStaff } from './user'

/**
 * Payload's per-user admin state (preferences such as columns and open groups; edit locks) whose
 * `user` is the caller: only they read, change or remove it. Customers never use the admin, so
 * they have none. Payload's own rule for preferences, restricted to staff through the second factor.
 */
export const ownAdminState: Access = ({ req: { user } }) => {
  if (!isStaff(user)) return false
  const mine: Where = {
    and: [{ 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: 'staff' } }],
  }
  return mine
}
