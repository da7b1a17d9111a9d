import { accessTable, gqlNames, row } from '../support/access-table'
import { preference, rand } from '../support/access-world'

accessTable({
  // Each staff member's own admin state: never a colleague's, never a customer's (staff × staff).
  slug: 'payload-preferences',
  gql: gqlNames('PayloadPreference', 'PayloadPreferences'),
  docs: (w) => w.preferences,
  //        admin managerA marketing finance customerA anonymous
  read: row('AD', 'MA', 'MK', 'FI', '', ''),
  update: row('AD', 'MA', 'MK', 'FI', '', ''),
  delete: row('AD', 'MA', 'MK', 'FI', '', ''),
  create: row('new', 'new', 'new', 'new', '', ''),
  patch: { field: 'key', value: () => `renamed-${rand()}` },
  // Whoever creates it, the row names the creator (Payload's field hook); `user` is required input.
  newDoc: (w) => ({
    key: `matrix-${rand()}`,
    value: { columns: [] },
    user: { relationTo: 'staff', value: w.managerB.id },
  }),
  key: 'key',
  disposable: (w, name) => preference(w, name),
  // Payload's REST for this collection is its per-key endpoints (`/api/payload-preferences/:key`),
  // checked staff × staff and customer in internal-collections.int.test.ts.
  via: ['local', 'graphql'],
})
