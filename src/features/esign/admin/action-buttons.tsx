'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

type TAction = 'send' | 'remind' | 'cancel' | 'countersign'

const BUTTONS: { action: TAction; label: string; style: string; when: (s: string) => boolean }[] = [
  { action: 'send', label: 'Send for signature', style: 'primary', when: (s) => s === 'draft' },
  { action: 'remind', label: 'Send a reminder', style: 'secondary', when: (s) => s === 'sent' },
  {
    action: 'cancel',
    label: 'Cancel request',
    style: 'secondary',
    when: (s) => s === 'draft' || s === 'sent',
  },
]

/** Send, remind, cancel and counter-sign buttons; each POSTs to /api/esign/requests/[id]/… */
export function ActionButtons(props: { id: string; status: string; canCountersign: boolean }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [name, setName] = useState('')
  const run = async (action: TAction) => {
    if (action === 'cancel' && !window.confirm('Cancel this signature request?')) return
    setBusy(true)
    setError(null)
    const body =
      action === 'countersign' ? { intent: true, legalName: name, signatureKind: 'typed' } : {}
    const res = await fetch(`/api/esign/requests/${props.id}/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'include',
    })
    setBusy(false)
    if (!res.ok) {
      const problem = (await res.json().catch(() => null)) as { detail?: string } | null
      setError(problem?.detail ?? `Failed (${res.status}).`)
      return
    }
    router.refresh()
  }
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, margin: '12px 0' }}>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        {BUTTONS.filter((b) => b.when(props.status)).map((b) => (
          <button
            key={b.action}
            type="button"
            className={`btn btn--style-${b.style}`}
            disabled={busy}
            onClick={() => run(b.action)}
          >
            {b.label}
          </button>
        ))}
      </div>
      {props.canCountersign && (
        <div style={{ display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap' }}>
          <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            Your full legal name (counter-signature)
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
          </label>
          <button
            type="button"
            className="btn btn--style-primary"
            disabled={busy || name.trim().length < 2}
            onClick={() => run('countersign')}
          >
            Counter-sign
          </button>
        </div>
      )}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
    </div>
  )
}
