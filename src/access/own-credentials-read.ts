import type { Access, Where } from 'payload'

import { isCustomer, isStaff, staffCan } from './user'

/**
 * Credentials and sign-in links that belong to one customer or one staff member (`customer` /
 * `staff` fields): each person reads their own; staff who manage accounts read all, to help
 * someone who lost a device.
 */
export const ownCredentialsRead: Access = ({ req: { user } }): boolean | Where => {
  if (staffCan(user, 'staff:manage')) return true
  if (isCustomer(user)) return { customer: { equals: user.id } }
  if (isStaff(user)) return { staff: { equals: user.id } }
  return false
}
