import { accessTable, gqlNames, row } from '../support/access-table'
import { queueJob, rand } from '../support/access-world'

accessTable({
  slug: 'payload-jobs',
  gql: gqlNames('PayloadJob', 'PayloadJobs'),
  docs: (w) => w.jobs,
  read: row('A B', '', '', '', '', ''),
  update: row('', '', '', '', '', ''),
  delete: row('A B', '', '', '', '', ''),
  create: row('', '', '', '', '', ''),
  patch: { field: 'queue', value: () => `queue-${rand()}` },
  newDoc: (w) => ({
    taskSlug: 'sendAccountEmail',
    input: { customerId: w.customerA.id, purpose: 'invitation' },
    queue: `matrix-${rand()}`,
  }),
  key: 'queue',
  disposable: (w, name) => queueJob(w, name === 'A' ? w.customerA.id : w.customerB.id),
})
