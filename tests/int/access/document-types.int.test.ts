import { randomBytes } from 'node:crypto'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'
import { createDocumentType } from '../support/documents'

const types: Record<string, string> = {}

/** Document types: read by customers and staff who handle documents; changed by admins only. */
accessTable({
  slug: 'document-types',
  gql: gqlNames('DocumentType', 'DocumentTypes'),
  setup: async (w) => {
    types.T = (await createDocumentType(w.payload)).id
  },
  docs: () => types,
  read: row('T', 'T', '', 'T', 'T', ''),
  update: row('T', '', '', '', '', ''),
  delete: row('T', '', '', '', '', ''),
  create: row('new', '', '', '', '', ''),
  patch: { field: 'name', value: () => `name ${rand()}` },
  newDoc: () => ({
    key: `k-${randomBytes(5).toString('hex')}`,
    name: 'New type',
    kind: 'document',
  }),
  key: 'key',
  disposable: async (w) => (await createDocumentType(w.payload)).id,
})
