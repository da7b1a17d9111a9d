import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'

accessTable({
  // Which staff sessions passed a second factor: system-only, invisible to everyone.
  slug: 'staff-factor-checks',
  gql: gqlNames('StaffFactorCheck', 'StaffFactorChecks'),
  docs: (w) => w.factorChecks,
  read: row('', '', '', '', '', ''),
  update: row('', '', '', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('', '', '', '', '', ''),
  patch: { field: 'sid', value: () => `forged-${rand()}` },
  newDoc: (w) => ({
    staff: w.marketing.id,
    sid: `matrix-${rand()}`,
    verifiedAt: new Date().toISOString(),
    method: 'totp',
  }),
  key: 'sid',
})
