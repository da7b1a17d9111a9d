import type { Access } from 'payload'

import { isCustomer, staffCan } from './user'

/** The names of document types: for customers (their page) and staff who handle documents. */
export const documentTypesRead: Access = ({ req: { user } }) =>
  isCustomer(user) ||
  staffCan(user, 'documents:read-all') ||
  staffCan(user, 'documents:read-own') ||
  staffCan(user, 'invoices:read-all') ||
  staffCan(user, 'invoices:read-own')
