import type { Access, AccessResult } from 'payload'

import { documentsWrite } from './documents-write'

/**
 * Staff who may change the document may edit a request while it is a draft; once sent it changes
 * only through its actions (send, remind, cancel, sign), which write as the system.
 */
export const signatureRequestsUpdate: Access = async (args): Promise<AccessResult> => {
  const rule = await documentsWrite(args)
  if (!rule) return false
  const draft = { status: { equals: 'draft' } }
  return rule === true ? draft : { and: [rule, draft] }
}
