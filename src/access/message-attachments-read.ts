import type { Access, AccessResult } from 'payload'

import { messagingStaffWhere } from './messaging-staff'
import { isCustomer } from './user'

/**
 * Attachments as their conversation; a customer only those released to them: their own uploads,
 * and staff files once sent in a message that is not an internal note (`visibleToCustomer`, set
 * by the system when the message is written). A staff file is hidden until then.
 */
export const messageAttachmentsRead: Access = async ({ req }): Promise<AccessResult> => {
  const { user } = req
  const staff = await messagingStaffWhere(req, 'conversation.')
  if (staff !== null) return staff
  if (isCustomer(user))
    return {
      and: [
        { 'conversation.customer': { equals: user.id } },
        { visibleToCustomer: { equals: true } },
      ],
    }
  return false
}
