'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { TextField } from '@/components/ui/text-field'

import { confirmPasswordAction, type TPasswordConfirmState } from '../confirm-actions'

export function PasswordConfirmForm({ locale, next }: { locale: string; next: string }) {
  const t = useTranslations('Security')
  const [state, action, pending] = useActionState<TPasswordConfirmState, FormData>(
    confirmPasswordAction,
    {},
  )
  return (
    <form action={action} className="flex flex-col gap-8" noValidate>
      {state.error === 'rateLimited' && (
        <Notice tone="error">{t('rateLimited', { minutes: state.retryMinutes ?? 1 })}</Notice>
      )}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      <TextField
        label={t('passwordLabel')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        autoFocus
        error={state.error && state.error !== 'rateLimited' ? t('wrongPassword') : undefined}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {t('confirm')}
      </Button>
    </form>
  )
}
