import { uniqueEmail } from '@/seed/factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'

accessTable({
  // Single sign-on links: same shape as passkeys.
  slug: 'identities',
  gql: gqlNames('Identity', 'Identities'),
  docs: (w) => w.identities,
  read: row('A B MA MK FI', 'MA', 'MK', 'FI', 'A', ''),
  update: row('', '', '', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('', '', '', '', '', ''),
  patch: { field: 'emailAtLink', value: () => uniqueEmail('forged') },
  newDoc: (w) => ({
    providerId: 'matrix',
    issuer: 'https://idp.example',
    subject: `matrix-${rand()}`,
    customer: w.customerA.id,
  }),
  key: 'subject',
})
