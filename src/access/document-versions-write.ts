import type { Access, AccessResult } from 'payload'

import { staffCan } from './user'

/**
 * Who may change a document may add a version to it (checked for new versions in their
 * beforeValidate) or correct a version's note. Versions are history: only admins delete one.
 */
export const documentVersionsWrite: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'documents:write-all')) return true
  if (staffCan(user, 'documents:write-own'))
    return { 'document.customer.accountManager': { equals: user!.id } }
  return false
}
