import { runStaffAction } from '@/features/esign/staff-actions'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'
import { documentTypes, documentWithVersions } from '../support/documents'
import { draftRequest } from '../support/esign'
import { asStaff } from '../support/world'

const docs: Record<string, string> = {}
let contractA = ''

/**
 * Signature requests: admins all, account managers their own customers', the customer their own
 * once sent (A; their draft D is not theirs to see yet); marketing and finance none. B is another
 * customer's. Nobody deletes one: it is the legal record.
 */
accessTable({
  slug: 'signature-requests',
  gql: gqlNames('SignatureRequest', 'SignatureRequests'),
  setup: async (w) => {
    const a = await draftRequest(w.payload, { customer: w.customerA, by: w.managerA })
    await runStaffAction({
      payload: w.payload,
      user: asStaff(w.managerA),
      id: a.request.id,
      action: 'send',
    })
    docs.A = a.request.id
    docs.D = (await draftRequest(w.payload, { customer: w.customerA, by: w.managerA })).request.id
    docs.B = (await draftRequest(w.payload, { customer: w.customerB, by: w.admin })).request.id
    const type = (await documentTypes(w.payload))['sales-contract'].id
    contractA = (await documentWithVersions(w.payload, { customer: w.customerA.id, type })).doc.id
  },
  docs: () => docs,
  read: row('A B D', 'A D', '', '', 'A', ''),
  // Only drafts can be edited: a sent request changes through its actions alone.
  update: row('B D', 'D', '', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('new', 'new', '', '', '', ''),
  patch: { field: 'message', value: () => `message ${rand()}` },
  newDoc: () => ({
    document: contractA,
    signingOrder: 'parallel',
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    message: `new-${rand()}`,
  }),
  key: 'message',
})
