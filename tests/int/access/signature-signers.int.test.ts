import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'
import { sentRequestsOfAB } from '../support/esign'

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
    const made = await sentRequestsOfAB(w, 'signature-signers')
    Object.assign(docs, made.rows)
    requestA = made.requestA
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
