import { createOrder } from '@/seed/factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'

accessTable({
  slug: 'orders',
  gql: gqlNames('Order', 'Orders'),
  docs: (w) => ({ A: w.orderA.id, B: w.orderB.id }),
  read: row('A B', 'A', 'A B', 'A B', 'A', ''),
  update: row('A B', 'A', '', '', '', ''),
  delete: row('A B', '', '', '', '', ''),
  create: row('new', 'new', '', '', '', ''),
  patch: { field: 'internalNotes', value: () => `note ${rand()}` },
  // 'f22' and 'design' are spelled the same as GraphQL enum values and as REST/Local values.
  newDoc: (w) => ({
    orderNumber: `M-${rand()}`,
    orderDate: new Date().toISOString(),
    customer: w.customerA.id,
    model: 'f22',
    stage: 'design',
  }),
  key: 'orderNumber',
  disposable: async (w, name) =>
    (await createOrder(w.payload, { customer: name === 'A' ? w.customerA.id : w.customerB.id })).id,
})
