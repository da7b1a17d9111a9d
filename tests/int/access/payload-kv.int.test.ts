import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'

accessTable({
  // Payload's key-value store for its own bookkeeping: system-only.
  slug: 'payload-kv',
  gql: gqlNames('PayloadKv', 'PayloadKvs'),
  docs: (w) => w.kv,
  read: row('', '', '', '', '', ''),
  update: row('', '', '', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('', '', '', '', '', ''),
  patch: { field: 'key', value: () => `forged-${rand()}` },
  newDoc: () => ({ key: `matrix-${rand()}`, data: { forged: true } }),
  key: 'key',
})
