import { createStaff, uniqueEmail } from '@/seed/factories'

import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'
import { PASSWORD } from '../support/world'

accessTable({
  slug: 'staff',
  gql: gqlNames('Staff', 'allStaff'),
  docs: (w) => ({
    admin: w.admin.id,
    managerA: w.managerA.id,
    managerB: w.managerB.id,
    marketing: w.marketing.id,
    finance: w.finance.id,
  }),
  read: row(...Array(4).fill('admin managerA managerB marketing finance'), 'managerA', ''),
  update: row(
    'admin managerA managerB marketing finance',
    'managerA',
    'marketing',
    'finance',
    '',
    '',
  ),
  delete: row('admin managerA managerB marketing finance', '', '', '', '', ''),
  create: row('new', '', '', '', '', ''),
  patch: { field: 'phone', value: () => `+31 ${rand()}` },
  newDoc: () => ({
    email: uniqueEmail('matrix-staff'),
    name: 'New Staff',
    password: PASSWORD,
    role: 'marketing',
  }),
  key: 'email',
  disposable: async (w, name) =>
    (
      await createStaff(w.payload, {
        role: name.startsWith('manager') ? 'account-manager' : (name as 'admin'),
        password: PASSWORD,
      })
    ).id,
})
