'use client'

import { useRouter } from 'next/navigation'
import { useCallback, useState } from 'react'

import { buttonClass } from '@/components/ui/button-class'
import { Notice } from '@/components/ui/notice'
import { TextField } from '@/components/ui/text-field'

import { SignaturePad } from './signature-pad'

type TProblem = { code?: string }
const KNOWN = [
  'REQUEST_EXPIRED',
  'REQUEST_CLOSED',
  'NOT_YOUR_TURN',
  'STEP_UP_REQUIRED',
  'NOT_FOUND',
  'BAD_REQUEST',
] as const
type TKnown = (typeof KNOWN)[number]
const isKnown = (code: string | undefined): code is TKnown =>
  (KNOWN as readonly (string | undefined)[]).includes(code)

/** The form's words, translated by the signing page on the server: no message runtime here. */
export type TSignFormTexts = Record<
  | 'intent'
  | 'legalName'
  | 'legalNameHint'
  | 'signature'
  | 'draw'
  | 'type'
  | 'drawHint'
  | 'typedHint'
  | 'clear'
  | 'sign'
  | 'signing'
  | 'decline'
  | 'declineReason'
  | 'declineButton'
  | 'declining',
  string
> & { errors: Record<TKnown | 'generic' | 'intent' | 'legalName' | 'drawn' | 'reason', string> }

/**
 * Intent, legal name and a drawn or typed signature; then POST …/sign. The server decides
 * everything again (step-up, turn, expiry); its problem codes become a sentence here.
 */
export function SignForm(props: {
  id: string
  suggestedName: string
  canSign: boolean
  confirmUrl: string
  texts: TSignFormTexts
}) {
  const t = props.texts
  const router = useRouter()
  const [intent, setIntent] = useState(false)
  const [legalName, setLegalName] = useState(props.suggestedName)
  const [kind, setKind] = useState<'drawn' | 'typed'>('typed')
  const [png, setPng] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState<'sign' | 'decline' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const onPad = useCallback((v: string | null) => setPng(v), [])

  const call = async (path: 'sign' | 'decline', body: unknown) => {
    setBusy(path)
    setError(null)
    try {
      const res = await fetch(`/api/esign/requests/${props.id}/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      if (res.ok) return router.refresh()
      const problem = (await res.json().catch(() => ({}))) as TProblem
      if (problem.code === 'STEP_UP_REQUIRED') window.location.assign(props.confirmUrl)
      setError(t.errors[isKnown(problem.code) ? problem.code : 'generic'])
    } catch {
      setError(t.errors.generic)
    } finally {
      setBusy(null)
    }
  }
  const sign = (e: React.FormEvent) => {
    e.preventDefault()
    if (!intent) return setError(t.errors.intent)
    if (legalName.trim().length < 2) return setError(t.errors.legalName)
    if (kind === 'drawn' && !png) return setError(t.errors.drawn)
    void call('sign', {
      intent: true,
      legalName: legalName.trim(),
      signatureKind: kind,
      ...(kind === 'drawn' ? { signatureImage: png } : {}),
    })
  }
  const decline = (e: React.FormEvent) => {
    e.preventDefault()
    if (reason.trim().length < 3) return setError(t.errors.reason)
    void call('decline', { reason: reason.trim() })
  }
  const tab = (v: 'drawn' | 'typed') =>
    `px-4 py-2 text-[0.7rem] tracking-[0.2em] uppercase border ${kind === v ? 'border-amber text-amber' : 'border-line text-mist hover:text-ivory'}`

  return (
    <div className="flex flex-col gap-10">
      {error && <Notice tone="error">{error}</Notice>}
      <form
        onSubmit={sign}
        className="flex flex-col gap-8 border border-line bg-graphite/40 p-6 sm:p-8"
        data-testid="sign-form"
        noValidate
      >
        <label className="flex gap-3 items-start text-ivory leading-relaxed">
          <input
            type="checkbox"
            name="intent"
            checked={intent}
            onChange={(e) => setIntent(e.target.checked)}
            className="mt-1.5 size-4 accent-amber"
          />
          <span>{t.intent}</span>
        </label>
        <TextField
          label={t.legalName}
          name="legalName"
          hint={t.legalNameHint}
          value={legalName}
          onChange={(e) => setLegalName(e.target.value)}
          maxLength={200}
          autoComplete="name"
          required
        />
        <fieldset className="flex flex-col gap-4">
          <legend className="text-xs tracking-[0.18em] uppercase text-mist mb-3">
            {t.signature}
          </legend>
          <div className="flex gap-2" role="radiogroup">
            {(['typed', 'drawn'] as const).map((v) => (
              <label key={v} className={tab(v)}>
                <input
                  type="radio"
                  name="signatureKind"
                  value={v}
                  checked={kind === v}
                  onChange={() => setKind(v)}
                  className="sr-only"
                />
                {v === 'typed' ? t.type : t.draw}
              </label>
            ))}
          </div>
          {kind === 'drawn' ? (
            <>
              <p className="text-xs text-smoke">{t.drawHint}</p>
              <SignaturePad label={t.signature} clearLabel={t.clear} onChange={onPad} />
            </>
          ) : (
            <>
              <p className="text-xs text-smoke">{t.typedHint}</p>
              <p
                className="font-serif italic text-3xl text-ivory border-b border-line pb-2 min-h-12 break-words"
                data-testid="typed-signature"
              >
                {legalName}
              </p>
            </>
          )}
        </fieldset>
        <button
          className={buttonClass('primary', 'self-start')}
          type="submit"
          disabled={busy !== null || !props.canSign}
          data-testid="sign-button"
        >
          {busy === 'sign' ? t.signing : t.sign}
        </button>
      </form>
      <details className="border-t border-line pt-6">
        <summary className="cursor-pointer text-xs tracking-[0.2em] uppercase text-mist hover:text-amber">
          {t.decline}
        </summary>
        <form onSubmit={decline} className="mt-5 flex flex-col gap-4" noValidate>
          <label className="flex flex-col gap-2">
            <span className="text-xs tracking-[0.18em] uppercase text-mist">{t.declineReason}</span>
            <textarea
              name="reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={1000}
              rows={3}
              className="bg-carbon border border-line p-3 text-ivory focus:border-amber outline-none"
            />
          </label>
          <button
            className={buttonClass('ghost', 'self-start')}
            type="submit"
            disabled={busy !== null}
            data-testid="decline-button"
          >
            {busy === 'decline' ? t.declining : t.declineButton}
          </button>
        </form>
      </details>
    </div>
  )
}
