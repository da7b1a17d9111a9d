'use client'

import { useActionState } from 'react'

import { buttonClass } from '@/components/ui/button-class'
import { Notice } from '@/components/ui/notice'
import { TextField } from '@/components/ui/text-field'
import { Link } from '@/lib/i18n/link'
import { pluralText } from '@/lib/i18n/plural'

import { requestResetAction, type TFormState } from '../actions'
import type { TForgotFormTexts } from './form-texts'

/** `texts` translated on the server (form-texts.ts): this form ships no message runtime. */
export function ForgotForm({ locale, texts: t }: { locale: string; texts: TForgotFormTexts }) {
  const [state, action, pending] = useActionState<TFormState, FormData>(requestResetAction, {})
  if (state.done) {
    return (
      <div className="flex flex-col gap-8">
        <Notice tone="success">{t.sent}</Notice>
        <Link href="/login" className="text-sm text-mist hover:text-amber">
          ← {t.back}
        </Link>
      </div>
    )
  }
  return (
    <form action={action} className="flex flex-col gap-8" noValidate>
      {state.error === 'rateLimited' && (
        <Notice tone="error">{pluralText(t.rateLimited, state.retryMinutes ?? 1)}</Notice>
      )}
      <input type="hidden" name="locale" value={locale} />
      <TextField
        label={t.email}
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.email}
        error={state.error && state.error !== 'rateLimited' ? t.emailRequired : undefined}
      />
      <div className="flex flex-col sm:flex-row sm:items-center gap-5 sm:justify-between">
        <button type="submit" disabled={pending} className={buttonClass()}>
          {t.submit}
        </button>
        <Link href="/login" className="text-sm text-mist hover:text-amber">
          ← {t.back}
        </Link>
      </div>
    </form>
  )
}
