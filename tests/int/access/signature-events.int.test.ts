import { runStaffAction } from '@/features/esign/staff-actions'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'
import { draftRequest } from '../support/esign'
import { asStaff } from '../support/world'

const docs: Record<string, string> = {}
let requestA = ''

/**
 * The evidence trail of a signature request (its events): read like the request (admins all, account managers their own
 * customers', the customer their own: A; B is another customer's); written by nobody through any
 * API — append-only, written by the signing code alone.
 */
accessTable({
  slug: 'signature-events',
  gql: gqlNames('SignatureEvent', 'SignatureEvents'),
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
        collection: 'signature-events',
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
  patch: { field: 'actorLabel', value: () => `label ${rand()}` },
  newDoc: (w) => ({
    request: requestA,
    customer: w.customerA.id,
    type: 'signed',
    at: new Date().toISOString(),
    actorType: 'customer',
    documentSha256: 'f'.repeat(64),
    actorLabel: `new-${rand()}`,
  }),
  key: 'actorLabel',
})
