import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'

accessTable({
  // Own passkeys for customers and staff; every passkey for account admins; no API writes.
  slug: 'passkeys',
  gql: gqlNames('Passkey', 'Passkeys'),
  docs: (w) => w.passkeys,
  read: row('A B MA MK FI', 'MA', 'MK', 'FI', 'A', ''),
  update: row('', '', '', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('', '', '', '', '', ''),
  patch: { field: 'name', value: () => `renamed ${rand()}` },
  newDoc: (w) => ({
    name: `matrix ${rand()}`,
    customer: w.customerA.id,
    credentialId: rand(),
    publicKey: rand(),
    counter: 0,
  }),
  key: 'name',
})
