import type { AccessResult } from 'payload'

import { staffCan } from './user'

/**
 * Staff's part of every messaging rule: admins every conversation, account managers those of their
 * own customers and those handed over to them; null for anyone else. `path` leads from the record
 * to its conversation ('' for a conversation itself).
 */
export function messagingStaffAccess(
  user: unknown,
  path: '' | 'conversation.',
): AccessResult | null {
  if (staffCan(user, 'messages:all')) return true
  if (staffCan(user, 'messages:own')) {
    const id = (user as { id: string }).id
    return {
      or: [
        { [`${path}customer.accountManager`]: { equals: id } },
        { [`${path}assignedTo`]: { equals: id } },
      ],
    }
  }
  return null
}

/** Hides the messaging collections in /admin from staff who do not handle conversations. */
export const notMessagingStaff = ({ user }: { user: unknown }) =>
  messagingStaffAccess(user, '') === null
