import type { UIFieldServerProps } from 'payload'

import type { TUser } from '@/access/user'

import { ActionButtons } from './action-buttons'

const utc = (iso: string | null | undefined) =>
  iso ? `${iso.replace('T', ' ').slice(0, 19)} UTC` : '—'

/**
 * On a signature request's edit screen: its status, signers and evidence trail, the signed PDF,
 * and the buttons for what may happen next (send, remind, cancel, counter-sign). Read as the
 * viewing staff member, so an account manager sees only their own customers' requests.
 */
export async function RequestActions({ id, payload, req }: UIFieldServerProps) {
  if (!id) return <p>Save the request as a draft first; then send it from here.</p>
  const user = req.user as TUser | null
  const request = await payload.findByID({
    collection: 'signature-requests',
    id,
    depth: 0,
    user,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!request) return null
  const [signers, events] = await Promise.all(
    (['signature-signers', 'signature-events'] as const).map((collection) =>
      payload.find({
        collection,
        where: { request: { equals: id } },
        sort: collection === 'signature-signers' ? 'position' : 'at',
        limit: 200,
        depth: 0,
        user,
        overrideAccess: false,
      }),
    ),
  )
  const mySigner = signers.docs.find(
    (s) =>
      'signerStaff' in s && String(s.signerStaff) === String(user?.id) && s.status !== 'signed',
  )
  return (
    <div className="field-type dv-admin-esign" data-testid="esign-admin">
      <h3 style={{ marginBottom: 8 }}>
        Status: <span data-testid="esign-status">{request.status}</span>
      </h3>
      <p>
        Document SHA-256: <code>{request.documentSha256}</code>
      </p>
      {request.provider && request.provider !== 'builtin' && (
        <p data-testid="esign-provider">
          Sent through {request.provider === 'docusign' ? 'DocuSign' : request.provider}
          {request.providerRef ? (
            <>
              {' '}
              (envelope <code>{request.providerRef}</code>)
            </>
          ) : null}
          : signers sign there, and its callbacks record their events here.
        </p>
      )}
      {request.signedFile && (
        <p>
          <a href={`/api/files/${request.signedFile}?download=1`} data-testid="esign-signed-pdf">
            Download the signed PDF
          </a>{' '}
          (SHA-256 <code>{request.signedSha256}</code>)
        </p>
      )}
      <ActionButtons
        id={String(id)}
        status={request.status ?? 'draft'}
        canCountersign={
          Boolean(mySigner) &&
          request.status === 'sent' &&
          (request.provider ?? 'builtin') === 'builtin'
        }
      />
      <h4 style={{ margin: '16px 0 8px' }}>Signers</h4>
      {signers.docs.length === 0 ? (
        <p>Signers are added when the request is sent.</p>
      ) : (
        <ul>
          {signers.docs.map((s) => (
            <li key={String(s.id)}>
              {'position' in s ? `${s.position}. ` : ''}
              {'name' in s ? s.name : ''} ({'role' in s ? s.role : ''}) —{' '}
              <strong>{'status' in s ? s.status : ''}</strong>
              {'signedAt' in s && s.signedAt ? `, ${utc(s.signedAt)}` : ''}
              {'declineReason' in s && s.declineReason ? `: “${s.declineReason}”` : ''}
            </li>
          ))}
        </ul>
      )}
      <h4 style={{ margin: '16px 0 8px' }}>Events</h4>
      <table className="table" style={{ width: '100%' }} data-testid="esign-events">
        <thead>
          <tr>
            <th align="left">When</th>
            <th align="left">Event</th>
            <th align="left">Who</th>
            <th align="left">IP</th>
            <th align="left">User agent</th>
          </tr>
        </thead>
        <tbody>
          {events.docs.map((e) =>
            'type' in e && 'at' in e ? (
              <tr key={String(e.id)}>
                <td>{utc(e.at)}</td>
                <td>{e.type}</td>
                <td>{e.actorLabel ?? e.actorType}</td>
                <td>{e.ip ?? '—'}</td>
                <td style={{ maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis' }}>
                  {e.userAgent ?? '—'}
                </td>
              </tr>
            ) : null,
          )}
        </tbody>
      </table>
    </div>
  )
}
