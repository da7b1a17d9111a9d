/**
 * Above the audit log list: a link to the CSV export. The export takes its own filters in the
 * query string (from, to, actorType, action, targetId), documented in the title text.
 */
export function AuditExportLink() {
  return (
    <p className="dv-admin-audit-export">
      <a
        href="/api/audit-log/export.csv"
        download
        title="Filters: ?from=2026-01-01&to=2026-01-31&actorType=staff&action=customer.updated&targetId=…"
      >
        Export the audit log as CSV
      </a>{' '}
      — every export is itself recorded in this log.
    </p>
  )
}
