import type { Access, AccessResult } from 'payload'

import { staffCan } from './user'

/**
 * Admins change every document, account managers those of their own customers. Which customer a
 * new document may be created for is checked in the document's beforeValidate hook.
 */
export const documentsWrite: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'documents:write-all')) return true
  if (staffCan(user, 'documents:write-own'))
    return { 'customer.accountManager': { equals: user!.id } }
  return false
}
