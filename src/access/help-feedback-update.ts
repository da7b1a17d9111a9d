import type { Access, AccessResult } from 'payload'

import { isCustomer } from './user'

/** A customer changes their own vote only; nobody else rewrites it. */
export const helpFeedbackUpdate: Access = ({ req: { user } }): AccessResult =>
  isCustomer(user) ? { customer: { equals: user.id } } : false
