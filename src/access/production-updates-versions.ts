import type { Access, AccessResult } from 'payload'

import { staffCan } from './user'

/**
 * Version history holds every draft: staff only, as they see orders. Payload's default would let
 * any signed-in user (a customer too) read every version.
 */
export const productionUpdatesVersions: Access = ({ req: { user } }): AccessResult => {
  if (staffCan(user, 'orders:read-all')) return true
  if (staffCan(user, 'orders:read-own'))
    return { 'version.order.customer.accountManager': { equals: user!.id } }
  return false
}
