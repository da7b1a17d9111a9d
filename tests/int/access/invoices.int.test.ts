import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'
import { createInvoice, documentTypes } from '../support/documents'

const invoices: Record<string, string> = {}
let type = ''

/**
 * Invoices: admins and finance all (and they issue them), account managers their customers'
 * read-only, the customer their own (A), marketing none. Nobody deletes an invoice younger than
 * seven years — not even an administrator — so every delete cell is empty (see
 * tests/int/invoices-retention.int.test.ts for the old ones and the database's own refusal).
 */
accessTable({
  slug: 'invoices',
  gql: gqlNames('Invoice', 'Invoices'),
  setup: async (w) => {
    type = (await documentTypes(w.payload)).invoice.id
    invoices.A = (await createInvoice(w.payload, { customer: w.customerA.id, type })).id
    invoices.B = (await createInvoice(w.payload, { customer: w.customerB.id, type })).id
  },
  docs: () => invoices,
  read: row('A B', 'A', '', 'A B', 'A', ''),
  update: row('A B', '', '', 'A B', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('new', '', '', 'new', '', ''),
  createStatus: 400,
  patch: { field: 'paymentInstructions', value: () => `pay ${rand()}` },
  newDoc: (w) => ({
    number: `N-${rand()}`,
    customer: w.customerA.id,
    type,
    amountCents: 100,
    vatCents: 17,
    currency: 'EUR',
    issueDate: new Date().toISOString(),
    dueDate: new Date().toISOString(),
    status: 'open',
  }),
  key: 'number',
})
