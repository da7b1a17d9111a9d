import type { Access, AccessResult } from 'payload'

import { messagingStaffAccess } from './messaging-staff'

/**
 * Staff who hold a conversation may hand it over (the only field anyone may change; read marks
 * and mail bookkeeping are written by the system). Customers change nothing here.
 */
export const conversationsUpdate: Access = ({ req: { user } }): AccessResult =>
  messagingStaffAccess(user, '') ?? false
