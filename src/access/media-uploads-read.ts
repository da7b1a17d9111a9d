import type { Access, AccessResult } from 'payload'

import { customerMediaWhere } from './media-items-read'
import { isCustomer, staffCan } from './user'

/**
 * Marketing and admins read every upload of the media library. A customer reads the images
 * (covers) of items they may read — never an original video: they watch its HLS renditions,
 * which the item owns. Ids, not a join, because an upload names its item (`item`).
 */
export const mediaUploadsRead: Access = async ({ req }): Promise<AccessResult> => {
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
  return {
    and: [{ mimeType: { like: 'image/' } }, { item: { in: docs.map((d) => d.id) } }],
  }
}
