'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { TextField } from '@/components/ui/text-field'

import { setPasswordAction, type TFormState } from '../actions'
import { LinkInvalid } from './link-invalid'

export function SetPasswordForm({ locale, token }: { locale: string; token: string }) {
  const t = useTranslations('SetPassword')
  const ts = useTranslations('Security')
  const [state, action, pending] = useActionState<TFormState, FormData>(setPasswordAction, {})
  const message = state.field && state.error ? t(state.error as 'tooShort') : undefined
  const limited = state.error === 'rateLimited'
  if (state.error && !state.field && !limited)
    return <LinkInvalid reason={state.error as 'invalid'} />
  return (
    <form action={action} className="flex flex-col gap-8" noValidate>
      {limited && (
        <Notice tone="error">{ts('rateLimited', { minutes: state.retryMinutes ?? 1 })}</Notice>
      )}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <TextField
        label={t('password')}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={12}
        required
        hint={t('hint')}
        error={state.field === 'password' ? message : undefined}
      />
      <TextField
        label={t('confirm')}
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        error={state.field === 'confirm' ? message : undefined}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {t('submit')}
      </Button>
    </form>
  )
}
