import { createMilestoneDefinition, createOrderMilestone } from '@/seed/timeline-factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'

const docs: Record<string, string> = {}
let definition = ''

/** A car's milestones: staff as for orders, a customer those of their own car (A). */
accessTable({
  slug: 'order-milestones',
  gql: gqlNames('OrderMilestone', 'OrderMilestones'),
  setup: async (w) => {
    definition = (await createMilestoneDefinition(w.payload)).id
    docs.A = (await createOrderMilestone(w.payload, { order: w.orderA.id, definition })).id
    docs.B = (await createOrderMilestone(w.payload, { order: w.orderB.id, definition })).id
  },
  docs: () => docs,
  read: row('A B', 'A', 'A B', 'A B', 'A', ''),
  update: row('A B', 'A', '', '', '', ''),
  delete: row('A B', 'A', '', '', '', ''),
  create: row('new', 'new', '', '', '', ''),
  patch: { field: 'note', value: () => `note ${rand()}` },
  newDoc: (w) => ({ order: w.orderA.id, definition, state: 'planned', note: `new-${rand()}` }),
  key: 'note',
  disposable: async (w, name) =>
    (
      await createOrderMilestone(w.payload, {
        order: name === 'B' ? w.orderB.id : w.orderA.id,
        definition,
      })
    ).id,
})
