import type { Access, AccessResult } from 'payload'

import { messagingStaffAccess } from './messaging-staff'
import { isCustomer } from './user'

/**
 * Attachments as their conversation; a customer only those released to them: their own uploads,
 * and staff files once sent in a message that is not an internal note (`visibleToCustomer`, set
 * by the system when the message is written). A staff file is hidden until then.
 */
export const messageAttachmentsRead: Access = ({ req: { user } }): AccessResult => {
  const staff = messagingStaffAccess(user, 'conversation.')
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
