'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { TextField } from '@/components/ui/text-field'
import { PasskeySignIn } from '@/features/passkeys/components/passkey-sign-in'
import { Link } from '@/lib/i18n/link'

import { signInAction, type TFormState } from '../actions'

export function LoginForm({
  locale,
  next,
  notice,
}: {
  locale: string
  next?: string
  notice?: 'expired' | 'signedOut' | 'passwordSet'
}) {
  const t = useTranslations('Login')
  const ts = useTranslations('Security')
  const [state, action, pending] = useActionState<TFormState, FormData>(signInAction, {})
  const error =
    state.error === 'rateLimited'
      ? ts('rateLimited', { minutes: state.retryMinutes ?? 1 })
      : state.error
        ? t(state.error as 'invalid')
        : undefined
  return (
    <form action={action} className="flex flex-col gap-8" noValidate>
      {notice && !state.error && (
        <Notice tone={notice === 'expired' ? 'info' : 'success'}>{t(notice)}</Notice>
      )}
      {error && !state.field && <Notice tone="error">{error}</Notice>}
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <TextField
        label={t('email')}
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        required
        defaultValue={state.email}
        error={state.field === 'email' ? error : undefined}
      />
      <TextField
        label={t('password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={state.field === 'password' ? error : undefined}
      />
      <div className="flex flex-col sm:flex-row sm:items-center gap-5 sm:justify-between pt-2">
        <Button type="submit" disabled={pending}>
          {t('submit')}
        </Button>
        <Link
          href="/forgot-password"
          className="text-sm text-mist hover:text-amber underline-offset-4 hover:underline"
        >
          {t('forgot')}
        </Link>
      </div>
      <PasskeySignIn locale={locale} next={next} />
      <p className="text-xs text-smoke pt-4 border-t border-line">{t('byInvitation')}</p>
    </form>
  )
}
