import { runStaffAction } from '@/features/esign/staff-actions'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'
import { draftRequest } from '../support/esign'
import { asStaff } from '../support/world'

const docs: Record<string, string> = {}
let requestA = ''

/**
 * Signers of a signature request: read like the request (admins all, account managers their own
 * customers', the customer their own: A; B is another customer's); written by nobody through any
 * API — only the signing code writes them.
 */
accessTable({
  slug: 'signature-signers',
  gql: gqlNames('SignatureSigner', 'SignatureSigners'),
  setup: async (w) => {
    for (const [name, customer, by] of [
      ['A', w.customerA, w.managerA],
      ['B', w.customerB, w.admin],
    ] as const) {
      const { request } = await draftRequest(w.payload, { customer, by })
      await runStaffAction({
        payload: w.payload,
        user: asStaff(by),
        id: request.id,
        action: 'send',
      })
      const { docs: rows } = await w.payload.find({
        collection: 'signature-signers',
        where: { request: { equals: request.id } },
        overrideAccess: true,
      })
      docs[name] = String(rows[0]!.id)
      if (name === 'A') requestA = request.id
    }
  },
  docs: () => docs,
  read: row('A B', 'A', '', '', 'A', ''),
  update: row('', '', '', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('', '', '', '', '', ''),
  patch: { field: 'name', value: () => `name ${rand()}` },
  newDoc: (w) => ({
    request: requestA,
    customer: w.customerA.id,
    role: 'customer',
    position: 9,
    name: `new-${rand()}`,
    email: 'x@example.com',
  }),
  key: 'name',
})
