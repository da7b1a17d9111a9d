import type { Access } from 'payload'

import { isCustomer, staffCan } from './user'

/**
 * Customers and the staff who handle conversations write messages; which conversation a new one
 * may join (one the writer can read) is checked in the collection's beforeValidate.
 */
export const messagesCreate: Access = ({ req: { user } }) =>
  isCustomer(user) || staffCan(user, 'messages:all') || staffCan(user, 'messages:own')
