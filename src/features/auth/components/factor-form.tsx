'use client'

import { useActionState, useState } from 'react'

import { buttonClass } from '@/components/ui/button-class'
import { Notice } from '@/components/ui/notice'
import { TextField } from '@/components/ui/text-field'
import { Link } from '@/lib/i18n/link'
import { pluralText } from '@/lib/i18n/plural'

import {
  confirmFactorAction,
  verifySignInFactorAction,
  type TFactorFormState,
} from '../second-factor-actions'
import type { TFactorFormTexts } from './form-texts'

/**
 * The authenticator code, or a recovery code instead: on the sign-in check (pending sign-in) and
 * on the step-up confirm page (signed-in session).
 */
export function FactorForm({
  locale,
  purpose,
  next,
  totp,
  texts: t,
}: {
  locale: string
  purpose: 'sign-in' | 'step-up'
  next?: string
  /** The customer has an authenticator app; otherwise only recovery codes are offered here. */
  totp: boolean
  /** Translated on the server (form-texts.ts): this form ships no message runtime. */
  texts: TFactorFormTexts
}) {
  const [kind, setKind] = useState<'totp' | 'recovery-code'>(totp ? 'totp' : 'recovery-code')
  const [state, action, pending] = useActionState<TFactorFormState, FormData>(
    purpose === 'sign-in' ? verifySignInFactorAction : confirmFactorAction,
    {},
  )
  if (state.error === 'pendingExpired') {
    return (
      <div className="flex flex-col gap-6">
        <Notice tone="error">{t.pendingExpired}</Notice>
        <Link href="/login" className="text-sm text-mist hover:text-amber">
          ← {t.backToSignIn}
        </Link>
      </div>
    )
  }
  const error =
    state.error === 'rateLimited'
      ? pluralText(t.rateLimited, state.retryMinutes ?? 1)
      : state.error === 'wrongCode'
        ? kind === 'totp'
          ? t.wrongCode
          : t.wrongRecoveryCode
        : state.error
          ? t.invalidCode
          : undefined
  return (
    <form action={action} className="flex flex-col gap-8" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="kind" value={kind} />
      {next && <input type="hidden" name="next" value={next} />}
      {error && state.error === 'rateLimited' && <Notice tone="error">{error}</Notice>}
      {kind === 'totp' ? (
        <TextField
          key="totp"
          label={t.codeLabel}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={7}
          required
          autoFocus
          hint={t.codeHint}
          error={state.error !== 'rateLimited' ? error : undefined}
        />
      ) : (
        <TextField
          key="recovery"
          label={t.recoveryLabel}
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          required
          autoFocus
          hint={t.recoveryHint}
          error={state.error !== 'rateLimited' ? error : undefined}
        />
      )}
      <div className="flex flex-col sm:flex-row sm:items-center gap-5 sm:justify-between">
        <button type="submit" disabled={pending} className={buttonClass()}>
          {t.verify}
        </button>
        {totp && (
          <button
            type="button"
            className="text-sm text-mist hover:text-amber underline-offset-4 hover:underline text-left"
            onClick={() => setKind(kind === 'totp' ? 'recovery-code' : 'totp')}
          >
            {kind === 'totp' ? t.useRecoveryCode : t.useAuthenticator}
          </button>
        )}
      </div>
    </form>
  )
}
