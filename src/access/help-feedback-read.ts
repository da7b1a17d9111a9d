import type { Access, AccessResult } from 'payload'

import { isCustomer, staffCan } from './user'

/** Those who manage the help centre read all feedback; a customer only their own votes. */
export const helpFeedbackRead: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'help:manage')) return true
  if (isCustomer(user)) return { customer: { equals: user.id } }
  return false
}
