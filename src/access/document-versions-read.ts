import type { Access, AccessResult } from 'payload'

import { isCustomer, staffCan } from './user'

/**
 * Staff see every version of the documents they may read. A customer sees the current version of
 * their own documents, and earlier ones only where staff made the type's history visible.
 */
export const documentVersionsRead: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'documents:read-all')) return true
  if (staffCan(user, 'documents:read-own'))
    return { 'document.customer.accountManager': { equals: user!.id } }
  if (isCustomer(user))
    return {
      and: [
        { 'document.customer': { equals: user.id } },
        {
          or: [
            { isCurrent: { equals: true } },
            { 'document.type.historyVisibleToCustomer': { equals: true } },
          ],
        },
      ],
    }
  return false
}
