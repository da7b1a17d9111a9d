import type { Access, AccessResult } from 'payload'

import { customerMediaWhere } from './media-items-read'
import { isCustomer, staffCan } from './user'

/**
 * Marketing and admins read every caption file. A customer reads the captions of items they may
 * read — the item's own audience filter, so a film they cannot see has no captions for them
 * either, and its caption file answers 404 on the file route.
 */
export const mediaCaptionsRead: Access = async ({ req }): Promise<AccessResult> => {
  const { user } = req
  if (staffCan(user, 'content:manage')) return true
  if (!isCustomer(user)) return false
  const { docs } = await req.payload.find({
    collection: 'media-items',
    where: await customerMediaWhere(req, user),
    select: {},
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: true, // the where above is the customer's own read filter
    req,
  })
  if (!docs.length) return false
  return { item: { in: docs.map((d) => d.id) } }
}
