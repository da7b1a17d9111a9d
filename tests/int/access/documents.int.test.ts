import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'
import { documentTypes, documentWithVersions } from '../support/documents'

const docs: Record<string, string> = {}
let type = ''

/**
 * Contracts and other documents: admins all, account managers their customers', the customer
 * their own (A); marketing and finance none at all. B is another customer's.
 */
accessTable({
  slug: 'documents',
  gql: gqlNames('Document', 'Documents'),
  setup: async (w) => {
    type = (await documentTypes(w.payload))['sales-contract'].id
    docs.A = (await documentWithVersions(w.payload, { customer: w.customerA.id, type })).doc.id
    docs.B = (await documentWithVersions(w.payload, { customer: w.customerB.id, type })).doc.id
  },
  docs: () => docs,
  read: row('A B', 'A', '', '', 'A', ''),
  update: row('A B', 'A', '', '', '', ''),
  delete: row('A B', 'A', '', '', '', ''),
  create: row('new', 'new', '', '', '', ''),
  patch: { field: 'title', value: () => `title ${rand()}` },
  newDoc: (w) => ({ customer: w.customerA.id, type, title: `new-${rand()}` }),
  key: 'title',
  disposable: async (w, name) =>
    (
      await documentWithVersions(w.payload, {
        customer: name === 'B' ? w.customerB.id : w.customerA.id,
        type,
      })
    ).doc.id,
})
