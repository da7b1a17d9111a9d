'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { TextField } from '@/components/ui/text-field'
import { Link } from '@/lib/i18n/link'

import { requestResetAction, type TFormState } from '../actions'

export function ForgotForm({ locale }: { locale: string }) {
  const t = useTranslations('Forgot')
  const tl = useTranslations('Login')
  const ts = useTranslations('Security')
  const [state, action, pending] = useActionState<TFormState, FormData>(requestResetAction, {})
  if (state.done) {
    return (
      <div className="flex flex-col gap-8">
        <Notice tone="success">{t('sent')}</Notice>
        <Link href="/login" className="text-sm text-mist hover:text-amber">
          ← {t('back')}
        </Link>
      </div>
    )
  }
  return (
    <form action={action} className="flex flex-col gap-8" noValidate>
      {state.error === 'rateLimited' && (
        <Notice tone="error">{ts('rateLimited', { minutes: state.retryMinutes ?? 1 })}</Notice>
      )}
      <input type="hidden" name="locale" value={locale} />
      <TextField
        label={tl('email')}
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.email}
        error={state.error && state.error !== 'rateLimited' ? tl('emailRequired') : undefined}
      />
      <div className="flex flex-col sm:flex-row sm:items-center gap-5 sm:justify-between">
        <Button type="submit" disabled={pending}>
          {t('submit')}
        </Button>
        <Link href="/login" className="text-sm text-mist hover:text-amber">
          ← {t('back')}
        </Link>
      </div>
    </form>
  )
}
