import type { Access, AccessResult } from 'payload'

import { messagingStaffWhere } from './messaging-staff'
import { isCustomer } from './user'

/**
 * A conversation is the customer's own line to their account manager: admins see all, an account
 * manager those of their own customers and those handed over to them, a customer only theirs.
 */
export const conversationsRead: Access = async ({ req }): Promise<AccessResult> => {
  const { user } = req
  const staff = await messagingStaffWhere(req, '')
  if (staff !== null) return staff
  if (isCustomer(user)) return { customer: { equals: user.id } }
  return false
}
