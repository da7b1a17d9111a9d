import type { Access, AccessResult } from 'payload'

import { isCustomer, staffCan } from './user'

/** Where a customer is in a video and what they watched: theirs to read; marketing's figures. */
export const mediaProgressRead: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'content:manage')) return true
  if (isCustomer(user)) return { customer: { equals: user.id } }
  return false
}
