import type { Access, AccessResult } from 'payload'

import { signaturesRead } from './signatures-read'
import { isCustomer } from './user'

/** As every signature record, except that a customer never sees a request staff have not sent. */
export const signatureRequestsRead: Access = async (args): Promise<AccessResult> => {
  const rule = await signaturesRead(args)
  if (isCustomer(args.req.user) && typeof rule === 'object')
    return { and: [rule, { status: { not_equals: 'draft' } }] }
  return rule
}
