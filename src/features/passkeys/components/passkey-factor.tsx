'use client'

import type { TPasskeyButtonTexts } from './passkey-texts'
import { PasskeyButton } from './passkey-button'

/**
 * "Use a passkey" as the second factor: after the password on the sign-in check page
 * (`purpose="sign-in"`), or on the confirm page before a sensitive change (`purpose="step-up"`).
 */
export function PasskeyFactor({
  locale,
  purpose,
  next,
  texts,
}: {
  locale: string
  purpose: 'sign-in' | 'step-up'
  next?: string
  texts: TPasskeyButtonTexts
}) {
  return (
    <PasskeyButton
      locale={locale}
      purpose={purpose === 'sign-in' ? 'second-factor' : 'step-up'}
      next={next}
      texts={texts}
    />
  )
}
