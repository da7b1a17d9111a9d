'use client'

import { useActionState } from 'react'

import { buttonClass } from '@/components/ui/button-class'
import { Notice } from '@/components/ui/notice'
import { TextField } from '@/components/ui/text-field'
import { pluralText } from '@/lib/i18n/plural'

import { setPasswordAction, type TFormState } from '../actions'
import type { TSetPasswordFormTexts } from './form-texts'
import { LinkInvalid } from './link-invalid'

/** `texts` translated on the server (form-texts.ts): this form ships no message runtime. */
export function SetPasswordForm(props: {
  locale: string
  token: string
  texts: TSetPasswordFormTexts
}) {
  const { locale, token, texts: t } = props
  const [state, action, pending] = useActionState<TFormState, FormData>(setPasswordAction, {})
  const message =
    state.field && state.error
      ? (t.errors[state.error as keyof typeof t.errors] ?? t.errors.tooShort)
      : undefined
  const limited = state.error === 'rateLimited'
  if (state.error && !state.field && !limited) {
    const reason = state.error in t.linkInvalid.reasons ? state.error : 'invalid'
    return <LinkInvalid reason={reason as 'invalid'} texts={t.linkInvalid} />
  }
  return (
    <form action={action} className="flex flex-col gap-8" noValidate>
      {limited && (
        <Notice tone="error">{pluralText(t.rateLimited, state.retryMinutes ?? 1)}</Notice>
      )}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <TextField
        label={t.password}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={12}
        required
        hint={t.hint}
        error={state.field === 'password' ? message : undefined}
      />
      <TextField
        label={t.confirm}
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        error={state.field === 'confirm' ? message : undefined}
      />
      <button type="submit" disabled={pending} className={buttonClass('primary', 'self-start')}>
        {t.submit}
      </button>
    </form>
  )
}
