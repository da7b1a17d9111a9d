import type { Access, AccessResult } from 'payload'

import { messagingStaffWhere } from './messaging-staff'

/**
 * Staff who hold a conversation may hand it over (the only field anyone may change; read marks
 * and mail bookkeeping are written by the system). Customers change nothing here.
 */
export const conversationsUpdate: Access = async ({ req }): Promise<AccessResult> =>
  (await messagingStaffWhere(req, '')) ?? false
