'use client'

import { useActionState } from 'react'

import { buttonClass } from '@/components/ui/button-class'

import { regenerateCodesAction, type TSecurityState } from '../actions'
import { RecoveryCodes } from './recovery-codes'
import type { TRegenerateCodesTexts } from './security-texts'

export function RegenerateCodes({
  locale,
  texts: t,
}: {
  locale: string
  texts: TRegenerateCodesTexts
}) {
  const [state, action, pending] = useActionState<TSecurityState, FormData>(
    regenerateCodesAction,
    {},
  )
  if (state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes} texts={t.codes} />
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <p className="text-sm text-mist mb-4">{t.intro}</p>
      <button className={buttonClass('ghost')} type="submit" disabled={pending}>
        {t.regenerate}
      </button>
    </form>
  )
}
