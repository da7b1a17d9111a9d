'use client'

import type { TPasskeyButtonTexts } from './passkey-texts'
import { PasskeyButton } from './passkey-button'

/** Passwordless sign-in with a passkey, on the sign-in page. */
export function PasskeySignIn(props: {
  locale: string
  next?: string
  texts: TPasskeyButtonTexts
}) {
  const { locale, next, texts } = props
  return (
    <div className="flex flex-col gap-6">
      <p className="flex items-center gap-4 text-xs tracking-[0.2em] uppercase text-smoke">
        <span aria-hidden="true" className="h-px flex-1 bg-line" />
        {texts.or}
        <span aria-hidden="true" className="h-px flex-1 bg-line" />
      </p>
      <PasskeyButton locale={locale} purpose="sign-in" next={next} texts={texts} />
    </div>
  )
}
