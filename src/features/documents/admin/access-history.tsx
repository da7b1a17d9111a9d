import type { UIFieldServerProps } from 'payload'

import { fileReadsOf } from '@/lib/documents/access-history'

/**
 * On a document's or invoice's edit screen: who viewed or downloaded its files, which version,
 * when and from where — read from the audit log. Shown to whoever may read the record itself.
 */
export async function AccessHistory({ id, collectionSlug, payload, req }: UIFieldServerProps) {
  if (!id || (collectionSlug !== 'documents' && collectionSlug !== 'invoices')) return null
  const readable = await payload.findByID({
    collection: collectionSlug,
    id,
    depth: 0,
    select: {},
    user: req.user,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!readable) return null
  const reads = await fileReadsOf({
    payload,
    target: { collection: collectionSlug, id: String(id) },
  })
  return (
    <div className="field-type dv-admin-access-history">
      <h3 style={{ marginBottom: 8 }}>Access history</h3>
      {reads.length === 0 ? (
        <p>Nobody has opened this document yet.</p>
      ) : (
        <table className="table" style={{ width: '100%' }}>
          <thead>
            <tr>
              <th align="left">When (UTC)</th>
              <th align="left">Who</th>
              <th align="left">What</th>
              {collectionSlug === 'documents' && <th align="left">Version</th>}
              <th align="left">IP</th>
            </tr>
          </thead>
          <tbody>
            {reads.map((r, i) => (
              <tr key={i}>
                <td>{r.at.replace('T', ' ').slice(0, 19)}</td>
                <td>
                  {r.who} <small>({r.actorType})</small>
                </td>
                <td>{r.action === 'file.downloaded' ? 'Downloaded' : 'Viewed'}</td>
                {collectionSlug === 'documents' && <td>{r.version ?? '—'}</td>}
                <td>{r.ip ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
