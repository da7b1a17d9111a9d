import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'
import { sentRequestsOfAB } from '../support/esign'

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
    const made = await sentRequestsOfAB(w, 'signature-events')
    Object.assign(docs, made.rows)
    requestA = made.requestA
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
