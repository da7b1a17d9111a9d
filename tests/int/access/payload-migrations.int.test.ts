import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'

accessTable({
  slug: 'payload-migrations',
  gql: gqlNames('PayloadMigration', 'PayloadMigrations'),
  docs: (w) => w.migrations,
  read: row('M', '', '', '', '', ''),
  update: row('', '', '', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('', '', '', '', '', ''),
  patch: { field: 'name', value: () => `forged-${rand()}` },
  newDoc: () => ({ name: `matrix-${rand()}`, batch: 99 }),
  key: 'name',
  // Payload serves no REST or GraphQL for migrations (asserted in internal-collections).
  via: ['local'],
})
