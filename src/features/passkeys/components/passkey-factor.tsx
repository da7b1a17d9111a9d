'use client'

import { useTranslations } from 'next-intl'

import { PasskeyButton } from './passkey-button'

/**
 * "Use a passkey" as the second factor: after the password on the sign-in check page
 * (`purpose="sign-in"`), or on the confirm page before a sensitive change (`purpose="step-up"`).
 */
export function PasskeyFactor({
  locale,
  purpose,
  next,
}: {
  locale: string
  purpose: 'sign-in' | 'step-up'
  next?: string
}) {
  const t = useTranslations('Passkeys')
  return (
    <PasskeyButton
      locale={locale}
      purpose={purpose === 'sign-in' ? 'second-factor' : 'step-up'}
      next={next}
      label={t('factor')}
    />
  )
}
