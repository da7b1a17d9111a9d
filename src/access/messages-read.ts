import type { Access, AccessResult } from 'payload'

import { messagingStaffWhere } from './messaging-staff'
import { isCustomer } from './user'

/**
 * Messages as their conversation, except that a customer never reads an internal note: the
 * filter is here, in the one read rule REST, GraphQL, the live stream and the pages all go
 * through, not in what a page chooses to show.
 */
export const messagesRead: Access = async ({ req }): Promise<AccessResult> => {
  const { user } = req
  const staff = await messagingStaffWhere(req, 'conversation.')
  if (staff !== null) return staff
  if (isCustomer(user))
    return {
      and: [{ 'conversation.customer': { equals: user.id } }, { internal: { equals: false } }],
    }
  return false
}
