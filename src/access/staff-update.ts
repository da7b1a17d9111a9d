import type { Access, AccessResult } from 'payload'

import { isStaff, staffCan } from './user'

/** Admins edit anyone; other staff only their own profile (role is guarded per field). */
export const staffUpdate: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'staff:manage')) return true
  if (isStaff(user)) return { id: { equals: user.id } }
  return false
}
