import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'
import { createDocumentType, documentWithVersions } from '../support/documents'

const versions: Record<string, string> = {}
let documentA = ''

/**
 * Versions of documents: staff as for documents. The customer sees the current version of their
 * own document (A) but not the earlier one (H) — its type keeps history from customers; B is
 * another customer's. Uploads need their file: a create from data alone is 400 for those who may.
 */
accessTable({
  slug: 'document-versions',
  gql: gqlNames('DocumentVersion', 'DocumentVersions'),
  setup: async (w) => {
    const type = (await createDocumentType(w.payload, false)).id
    const a = await documentWithVersions(w.payload, { customer: w.customerA.id, type, versions: 2 })
    documentA = a.doc.id
    versions.H = a.versions[0].id
    versions.A = a.versions[1].id
    const b = await documentWithVersions(w.payload, { customer: w.customerB.id, type })
    versions.B = b.versions[0].id
  },
  docs: () => versions,
  read: row('A H B', 'A H', '', '', 'A', ''),
  update: row('A H B', 'A H', '', '', '', ''),
  delete: row('A H B', '', '', '', '', ''),
  create: row('new', 'new', '', '', '', ''),
  createStatus: 400,
  patch: { field: 'note', value: () => `note ${rand()}` },
  newDoc: () => ({ document: documentA, note: `new-${rand()}` }),
  key: 'note',
  // A version of a document of its own, so deleting it changes nothing the other rows rely on.
  disposable: async (w, name) => {
    const type = (await createDocumentType(w.payload, false)).id
    const customer = name === 'B' ? w.customerB.id : w.customerA.id
    return (await documentWithVersions(w.payload, { customer, type })).versions[0].id
  },
})
