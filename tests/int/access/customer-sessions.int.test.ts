import { accessTable, gqlNames, row } from '../support/access-table'
import { later, rand } from '../support/access-world'

accessTable({
  slug: 'customer-sessions',
  gql: gqlNames('CustomerSession', 'CustomerSessions'),
  docs: (w) => w.sessions,
  read: row('A B', '', '', '', 'A', ''),
  update: row('', '', '', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('', '', '', '', '', ''),
  patch: { field: 'userAgent', value: () => `agent ${rand()}` },
  newDoc: (w) => ({
    customer: w.customerA.id,
    tokenHash: rand(),
    expiresAt: later(),
    lastSeenAt: new Date().toISOString(),
    userAgent: `matrix ${rand()}`,
  }),
  key: 'userAgent',
})
