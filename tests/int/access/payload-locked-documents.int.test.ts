import { accessTable, gqlNames, row } from '../support/access-table'
import { lock, rand } from '../support/access-world'

accessTable({
  // Edit locks: every staff member sees who edits what; only Payload's admin makes them, and a
  // staff member removes only their own (taking one over is tested in internal-collections).
  slug: 'payload-locked-documents',
  gql: gqlNames('PayloadLockedDocument', 'PayloadLockedDocuments'),
  docs: (w) => w.locks,
  read: row(...Array(4).fill('AD MA MB MK FI'), '', ''),
  update: row('', '', '', '', '', ''),
  delete: row('AD', 'MA', 'MK', 'FI', '', ''),
  create: row('', '', '', '', '', ''),
  patch: { field: 'globalSlug', value: () => `forged-${rand()}` },
  newDoc: (w) => ({
    globalSlug: `matrix-${rand()}`,
    user: { relationTo: 'staff', value: w.managerB.id },
  }),
  key: 'globalSlug',
  disposable: (w, name) => lock(w, name),
  missingUpdate: { admin: 404, managerA: 404, marketing: 404, finance: 404 },
})
