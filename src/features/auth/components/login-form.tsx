'use client'

import { useActionState } from 'react'

import { buttonClass } from '@/components/ui/button-class'
import { Notice } from '@/components/ui/notice'
import { TextField } from '@/components/ui/text-field'
import { PasskeySignIn } from '@/features/passkeys/components/passkey-sign-in'
import type { TPasskeyButtonTexts } from '@/features/passkeys/components/passkey-texts'
import { Link } from '@/lib/i18n/link'
import { pluralText } from '@/lib/i18n/plural'

import { signInAction, type TFormState } from '../actions'
import type { TLoginFormTexts } from './form-texts'

export function LoginForm({
  locale,
  next,
  notice,
  texts: t,
  passkeyTexts,
}: {
  locale: string
  next?: string
  notice?: 'expired' | 'signedOut' | 'passwordSet'
  /** Translated on the server (form-texts.ts): this form ships no message runtime. */
  texts: TLoginFormTexts
  passkeyTexts: TPasskeyButtonTexts
}) {
  const [state, action, pending] = useActionState<TFormState, FormData>(signInAction, {})
  const error =
    state.error === 'rateLimited'
      ? pluralText(t.rateLimited, state.retryMinutes ?? 1)
      : state.error
        ? (t.errors[state.error as keyof typeof t.errors] ?? t.errors.invalid)
        : undefined
  return (
    <form action={action} className="flex flex-col gap-8" noValidate>
      {notice && !state.error && (
        <Notice tone={notice === 'expired' ? 'info' : 'success'}>{t.notices[notice]}</Notice>
      )}
      {error && !state.field && <Notice tone="error">{error}</Notice>}
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <TextField
        label={t.email}
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        required
        defaultValue={state.email}
        error={state.field === 'email' ? error : undefined}
      />
      <TextField
        label={t.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={state.field === 'password' ? error : undefined}
      />
      <div className="flex flex-col sm:flex-row sm:items-center gap-5 sm:justify-between pt-2">
        <button type="submit" disabled={pending} className={buttonClass()}>
          {t.submit}
        </button>
        <Link
          href="/forgot-password"
          className="text-sm text-mist hover:text-amber underline-offset-4 hover:underline"
        >
          {t.forgot}
        </Link>
      </div>
      <PasskeySignIn locale={locale} next={next} texts={passkeyTexts} />
      <p className="text-xs text-smoke pt-4 border-t border-line">{t.byInvitation}</p>
    </form>
  )
}
