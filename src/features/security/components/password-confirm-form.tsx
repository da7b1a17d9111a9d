'use client'

import { useActionState } from 'react'

import { buttonClass } from '@/components/ui/button-class'
import { Notice } from '@/components/ui/notice'
import { TextField } from '@/components/ui/text-field'
import { pluralText } from '@/lib/i18n/plural'

import { confirmPasswordAction, type TPasswordConfirmState } from '../confirm-actions'
import type { TPasswordConfirmTexts } from './security-texts'

export function PasswordConfirmForm({
  locale,
  next,
  texts: t,
}: {
  locale: string
  next: string
  texts: TPasswordConfirmTexts
}) {
  const [state, action, pending] = useActionState<TPasswordConfirmState, FormData>(
    confirmPasswordAction,
    {},
  )
  return (
    <form action={action} className="flex flex-col gap-8" noValidate>
      {state.error === 'rateLimited' && (
        <Notice tone="error">{pluralText(t.rateLimited, state.retryMinutes ?? 1)}</Notice>
      )}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      <TextField
        label={t.passwordLabel}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        autoFocus
        error={state.error && state.error !== 'rateLimited' ? t.wrongPassword : undefined}
      />
      <button className={buttonClass('primary', 'self-start')} type="submit" disabled={pending}>
        {t.confirm}
      </button>
    </form>
  )
}
