import { accessTable, gqlNames, row } from '../support/access-table'
import { rand, type TCtx } from '../support/access-world'

const docs: Record<string, string> = {}

// An empty plan: orders other specs create meanwhile get no milestones from it ('f22' is spelled the same in GraphQL).
const template = async (w: TCtx) =>
  String(
    (
      await w.payload.create({
        collection: 'milestone-templates',
        data: { name: `plan ${rand()}`, model: 'f22', milestones: [] },
        overrideAccess: true, // test setup
      })
    ).id,
  )

/** Milestone plans per model: back-office configuration, read by staff, written by admins. */
accessTable({
  slug: 'milestone-templates',
  gql: gqlNames('MilestoneTemplate', 'MilestoneTemplates'),
  setup: async (w) => {
    docs.T = await template(w)
    docs.U = await template(w)
  },
  docs: () => docs,
  read: row('T U', 'T U', 'T U', 'T U', '', ''),
  update: row('T U', '', '', '', '', ''),
  delete: row('T U', '', '', '', '', ''),
  create: row('new', '', '', '', '', ''),
  patch: { field: 'name', value: () => `plan ${rand()}` },
  newDoc: () => ({ name: `new-${rand()}`, model: 'f22', milestones: [] }),
  key: 'name',
  disposable: (w) => template(w),
})
