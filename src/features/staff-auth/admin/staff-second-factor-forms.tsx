'use client'

import Link from 'next/link'
import { useState, type FormEvent } from 'react'

type TProblem = { detail?: string; title?: string }

async function post(path: string, body: unknown): Promise<{ ok: boolean; data: unknown }> {
  const res = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const data: unknown = await res.json().catch(() => null)
  return { ok: res.ok, data }
}

function problemText(data: unknown): string {
  const p = (data ?? {}) as TProblem
  return p.detail || p.title || 'Something went wrong. Please try again.'
}

/**
 * A full page load on purpose: Payload's admin computes the signed-in user's permissions once per
 * document, and they change now that the session passed the second factor.
 */
// eslint-disable-next-line @next/next/no-location-assign-relative-destination
const continueToAdmin = () => window.location.assign('/admin')

function CodeForm(props: {
  label: string
  hint: string
  autoComplete: string
  inputMode: 'numeric' | 'text'
  submit: string
  onCode: (code: string) => Promise<string | null>
}) {
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    const problem = await props.onCode(code)
    setBusy(false)
    if (problem) {
      setError(problem)
      setCode('')
    }
  }
  return (
    <form className="dv-2fa__form" onSubmit={onSubmit} noValidate>
      <label className="dv-2fa__label" htmlFor="dv-2fa-code">
        {props.label}
      </label>
      <input
        id="dv-2fa-code"
        name="code"
        className="dv-2fa__input"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        autoFocus
        required
        aria-describedby="dv-2fa-hint"
        aria-invalid={error ? true : undefined}
      />
      <p id="dv-2fa-hint" className="dv-2fa__hint">
        {props.hint}
      </p>
      {error ? (
        <p className="dv-2fa__error" role="alert">
          {error}
        </p>
      ) : null}
      <button className="btn btn--style-primary btn--size-large" type="submit" disabled={busy}>
        {props.submit}
      </button>
    </form>
  )
}

/** Second step of every staff sign-in: a TOTP code, or one of the recovery codes. */
export function StaffVerifyForm() {
  const [method, setMethod] = useState<'totp' | 'recovery-code'>('totp')
  const verify = async (code: string) => {
    const { ok, data } = await post('/api/auth/staff/verify', { method, code })
    if (!ok) return problemText(data)
    continueToAdmin()
    return null
  }
  return (
    <>
      {method === 'totp' ? (
        <CodeForm
          key="totp"
          label="Authentication code"
          hint="Six digits from your authenticator app."
          autoComplete="one-time-code"
          inputMode="numeric"
          submit="Verify"
          onCode={verify}
        />
      ) : (
        <CodeForm
          key="recovery"
          label="Recovery code"
          hint="One of the ten codes you stored when you set up the app, e.g. K7PM-Q2XD-9HTB. Each works once."
          autoComplete="off"
          inputMode="text"
          submit="Use recovery code"
          onCode={verify}
        />
      )}
      <p className="dv-2fa__actions">
        <button
          type="button"
          className="dv-2fa__link"
          onClick={() => setMethod(method === 'totp' ? 'recovery-code' : 'totp')}
        >
          {method === 'totp' ? 'Use a recovery code instead' : 'Use the authenticator app'}
        </button>
        <Link href="/admin/logout">Sign out</Link>
      </p>
    </>
  )
}

/** First sign-in without a factor: scan, confirm with a code, store the recovery codes. */
export function StaffEnrolForm(props: { qrSvg: string; manualKey: string }) {
  const [codes, setCodes] = useState<string[] | null>(null)
  const enable = async (code: string) => {
    const { ok, data } = await post('/api/auth/staff/totp', { code })
    if (!ok) return problemText(data)
    setCodes((data as { recoveryCodes: string[] }).recoveryCodes)
    return null
  }

  if (codes) {
    return (
      <section aria-labelledby="dv-2fa-codes">
        <h2 id="dv-2fa-codes" className="dv-2fa__subtitle">
          Your recovery codes
        </h2>
        <p className="dv-2fa__lead">
          Each code lets you sign in once without your phone. Store them somewhere safe, such as a
          password manager; they are shown only now.
        </p>
        <ol className="dv-2fa__codes" data-testid="recovery-codes">
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="btn btn--style-primary btn--size-large"
          onClick={continueToAdmin}
        >
          I have stored them — continue
        </button>
      </section>
    )
  }

  return (
    <>
      <p className="dv-2fa__lead">Open an authenticator app on your phone and scan this code.</p>
      <div
        className="dv-2fa__qr"
        role="img"
        aria-label="QR code for your authenticator app"
        // The SVG is generated on the server by `qrcode` from our own otpauth:// URI.
        dangerouslySetInnerHTML={{ __html: props.qrSvg }}
      />
      <p className="dv-2fa__hint">
        Cannot scan? Enter this key by hand:{' '}
        <code className="dv-2fa__key" data-testid="totp-key">
          {props.manualKey}
        </code>
      </p>
      <CodeForm
        label="Code from the app"
        hint="Enter the six digits the app now shows, to confirm it is set up."
        autoComplete="one-time-code"
        inputMode="numeric"
        submit="Confirm and continue"
        onCode={enable}
      />
      <p className="dv-2fa__actions">
        <Link href="/admin/logout">Sign out</Link>
      </p>
    </>
  )
}
