import { accessTable, gqlNames, row } from '../support/access-table'
import { later, rand } from '../support/access-world'

accessTable({
  slug: 'account-tokens',
  gql: gqlNames('AccountToken', 'AccountTokens'),
  docs: (w) => w.tokens,
  read: row('', '', '', '', '', ''),
  update: row('', '', '', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('', '', '', '', '', ''),
  patch: { field: 'usedAt', value: () => new Date().toISOString() },
  newDoc: (w) => ({
    purpose: 'invitation',
    customer: w.customerA.id,
    tokenHash: rand(),
    expiresAt: later(),
  }),
  key: 'tokenHash',
})
