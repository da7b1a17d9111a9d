'use client'

import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

import { roleCan, type TStaffRole } from '@/access/policy'

type TState = 'idle' | 'confirm' | 'busy' | 'done' | 'error'

/**
 * Sidebar action on a customer or staff member: turns off their authenticator app, recovery
 * codes and passkeys and signs them out everywhere, after a confirmation. The server decides
 * whether the signed-in staff member may (src/features/second-factor-reset/reset-second-factor-route.ts).
 */
export function ResetSecondFactorButton() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const [state, setState] = useState<TState>('idle')
  const [message, setMessage] = useState('')
  const role = (user as { role?: TStaffRole } | null)?.role
  // Only hides what the server would refuse anyway (an account manager opens only own customers).
  const offered =
    collectionSlug === 'customers'
      ? roleCan(role, 'staff:manage') || roleCan(role, 'customers:write-own')
      : roleCan(role, 'staff:manage') && user?.id !== id
  if (!id || !offered) return null
  const who = collectionSlug === 'customers' ? 'The customer' : 'This staff member'

  async function reset() {
    setState('busy')
    const res = await fetch(`/api/${collectionSlug}/${id}/reset-second-factor`, {
      method: 'POST',
      credentials: 'same-origin',
    })
    if (res.ok) {
      setState('done')
      setMessage(
        collectionSlug === 'customers'
          ? 'Two-step verification was reset. The customer has been signed out and informed by email.'
          : 'Two-step verification was reset. They have been signed out and must set it up again.',
      )
    } else {
      const body = (await res.json().catch(() => null)) as {
        detail?: string
        title?: string
      } | null
      setState('error')
      setMessage(body?.detail ?? body?.title ?? 'The reset did not go through. Please try again.')
    }
  }

  return (
    <div className="dv-reset-2fa">
      <p className="dv-reset-2fa__label">Two-step verification</p>
      {state === 'idle' || state === 'error' ? (
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() => setState('confirm')}
        >
          Reset two-step verification
        </button>
      ) : null}
      {state === 'confirm' || state === 'busy' ? (
        <div role="alertdialog" aria-labelledby="dv-reset-2fa-q" className="dv-reset-2fa__confirm">
          <p id="dv-reset-2fa-q">
            {who} loses their authenticator app, recovery codes and passkeys and is signed out
            everywhere. Only do this after confirming who asked for it. Reset now?
          </p>
          <button
            type="button"
            className="btn btn--style-primary btn--size-small"
            onClick={reset}
            disabled={state === 'busy'}
            autoFocus
          >
            Yes, reset
          </button>{' '}
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            onClick={() => setState('idle')}
            disabled={state === 'busy'}
          >
            Cancel
          </button>
        </div>
      ) : null}
      {message ? (
        <p role="status" className="dv-reset-2fa__message">
          {message}
        </p>
      ) : null}
    </div>
  )
}
