'use client'

import { useActionState } from 'react'

import { buttonClass } from '@/components/ui/button-class'
import { Notice } from '@/components/ui/notice'
import { TextField } from '@/components/ui/text-field'
import { pluralText } from '@/lib/i18n/plural'

import { confirmTotpAction, startTotpAction, type TSecurityState } from '../actions'
import { RecoveryCodes } from './recovery-codes'
import type { TTotpSetupTexts } from './security-texts'

/** Enrolment: a new key (QR code and typed), confirmed with a code, then the recovery codes. */
export function TotpSetup({ locale, texts: t }: { locale: string; texts: TTotpSetupTexts }) {
  const [started, start, starting] = useActionState<TSecurityState, FormData>(startTotpAction, {})
  const [confirmed, confirm, confirming] = useActionState<TSecurityState, FormData>(
    confirmTotpAction,
    {},
  )
  if (confirmed.recoveryCodes) {
    return (
      <div className="flex flex-col gap-5">
        <Notice tone="success">{t.enabled}</Notice>
        <RecoveryCodes codes={confirmed.recoveryCodes} texts={t.codes} />
        <a href={`/${locale}/account/security`} className={buttonClass('primary', 'self-start')}>
          {t.savedCodes}
        </a>
      </div>
    )
  }
  if (!started.enrolment) {
    return (
      <form action={start} className="flex flex-col gap-4">
        <input type="hidden" name="locale" value={locale} />
        <p className="text-sm text-mist">{t.intro}</p>
        <button className={buttonClass('primary', 'self-start')} type="submit" disabled={starting}>
          {t.setUp}
        </button>
      </form>
    )
  }
  const error =
    confirmed.error === 'rateLimited'
      ? pluralText(t.rateLimited, confirmed.retryMinutes ?? 1)
      : confirmed.error
        ? t.wrongCode
        : undefined
  return (
    <div className="flex flex-col gap-6">
      <ol className="flex flex-col gap-3 text-sm text-mist list-decimal pl-5">
        {t.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <div className="flex flex-col sm:flex-row gap-6 sm:items-center">
        <div
          className="w-48 h-48 shrink-0 bg-ivory p-1 [&>svg]:w-full [&>svg]:h-full"
          role="img"
          aria-label={t.qrLabel}
          dangerouslySetInnerHTML={{ __html: started.enrolment.qr }}
        />
        <div className="flex flex-col gap-2 min-w-0">
          <p className="text-xs tracking-[0.18em] uppercase text-mist">{t.manualKey}</p>
          <p className="font-mono text-lg text-ivory break-all" data-testid="totp-key">
            {started.enrolment.key}
          </p>
        </div>
      </div>
      <form action={confirm} className="flex flex-col gap-6" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <TextField
          label={t.codeLabel}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          required
          error={error}
        />
        <button
          className={buttonClass('primary', 'self-start')}
          type="submit"
          disabled={confirming}
        >
          {t.confirm}
        </button>
      </form>
    </div>
  )
}
