import { createCustomer, uniqueEmail } from '@/seed/factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'

accessTable({
  slug: 'customers',
  gql: gqlNames('Customer', 'Customers'),
  docs: (w) => ({ A: w.customerA.id, B: w.customerB.id }),
  //        admin  managerA marketing finance customerA anonymous
  read: row('A B', 'A', 'A B', 'A B', 'A', ''),
  update: row('A B', 'A', '', '', 'A', ''),
  delete: row('A B', '', '', '', '', ''),
  create: row('new', 'new', '', '', '', ''),
  patch: { field: 'phone', value: () => `+31 ${rand()}` },
  // GraphQL's input type marks fields with defaults as required, so every path sends them.
  newDoc: () => ({
    email: uniqueEmail('matrix'),
    firstName: 'New',
    lastName: 'Customer',
    preferredLocale: 'en',
    status: 'invited',
  }),
  key: 'email',
  disposable: async (w, name) =>
    (
      await createCustomer(w.payload, {
        accountManager: name === 'A' ? w.managerA.id : w.managerB.id,
      })
    ).id,
})
