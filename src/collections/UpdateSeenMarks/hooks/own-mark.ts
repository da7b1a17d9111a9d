import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { isCustomer } from '@/access/user'
import { idOf } from '@/lib/timeline/milestones'

/**
 * A mark is always the signed-in customer's own, and only for an update they can read: an update
 * id they cannot see answers like one that does not exist.
 */
export const ownMark: CollectionBeforeValidateHook = async ({ data, req, operation }) => {
  if (!data || operation !== 'create' || !isCustomer(req.user)) return data
  data.customer = req.user.id
  const id = idOf(data.update)
  const update = id
    ? await req.payload.findByID({
        collection: 'production-updates',
        id,
        depth: 0,
        select: {},
        user: req.user,
        overrideAccess: false,
        disableErrors: true,
        req,
      })
    : null
  if (!update) throw new APIError('Not found', 404, null, true)
  return data
}
