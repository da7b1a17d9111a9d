import type { Access, AccessResult } from 'payload'

import { isCustomer, staffCan } from './user'

/**
 * Messages as their conversation, except that a customer never reads an internal note: the
 * filter is here, in the one read rule REST, GraphQL, the live stream and the pages all go
 * through, not in what a page chooses to show.
 */
export const messagesRead: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'messages:all')) return true
  if (staffCan(user, 'messages:own'))
    return {
      or: [
        { 'conversation.customer.accountManager': { equals: user!.id } },
        { 'conversation.assignedTo': { equals: user!.id } },
      ],
    }
  if (isCustomer(user))
    return {
      and: [{ 'conversation.customer': { equals: user.id } }, { internal: { equals: false } }],
    }
  return false
}
