import { createMilestoneDefinition } from '@/seed/timeline-factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'

const docs: Record<string, string> = {}

/** Milestone names are reference data: every signed-in principal reads them, admins write them. */
accessTable({
  slug: 'milestone-definitions',
  gql: gqlNames('MilestoneDefinition', 'MilestoneDefinitions'),
  setup: async (w) => {
    docs.X = (await createMilestoneDefinition(w.payload)).id
    docs.Y = (await createMilestoneDefinition(w.payload, { stage: 'design' })).id
  },
  docs: () => docs,
  read: row('X Y', 'X Y', 'X Y', 'X Y', 'X Y', ''),
  update: row('X Y', '', '', '', '', ''),
  delete: row('X Y', '', '', '', '', ''),
  create: row('new', '', '', '', '', ''),
  patch: { field: 'name', value: () => `name ${rand()}` },
  newDoc: () => ({
    key: `k-${rand()}`,
    name: 'Body',
    stage: 'production',
    sortOrder: 3,
    automaticUpdate: 'none',
  }),
  key: 'key',
  disposable: async (w) => (await createMilestoneDefinition(w.payload)).id,
})
