import type { Access } from 'payload'

import { staffCan } from './user'

/**
 * Canned replies are for the staff who answer customers (admins, account managers): they read,
 * write and remove them. Customers, marketing and finance never see them.
 */
export const cannedRepliesAccess: Access = ({ req }) =>
  staffCan(req.user, 'messages:all') || staffCan(req.user, 'messages:own')
