import { accessTable, gqlNames, row } from '../support/access-table'
import { rand } from '../support/access-world'

accessTable({
  // Append-only: readable by admins and finance, writable by nobody (only recordAudit writes).
  slug: 'audit-log',
  gql: gqlNames('AuditLog', 'AuditLogs'),
  docs: (w) => w.audits,
  read: row('A B', '', '', 'A B', '', ''),
  update: row('', '', '', '', '', ''),
  delete: row('', '', '', '', '', ''),
  create: row('', '', '', '', '', ''),
  patch: { field: 'actorLabel', value: () => `forged-${rand()}` },
  newDoc: () => ({
    seq: 1e12 + Math.floor(Math.random() * 1e9),
    createdAt: new Date().toISOString(),
    actorType: 'system',
    action: `matrix.${rand()}`,
    outcome: 'success',
    prevHash: rand(),
    hash: rand(),
  }),
  key: 'action',
})
