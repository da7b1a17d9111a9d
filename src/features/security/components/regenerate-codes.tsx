'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { Button } from '@/components/ui/button'

import { regenerateCodesAction, type TSecurityState } from '../actions'
import { RecoveryCodes } from './recovery-codes'

export function RegenerateCodes({ locale }: { locale: string }) {
  const t = useTranslations('Security')
  const [state, action, pending] = useActionState<TSecurityState, FormData>(
    regenerateCodesAction,
    {},
  )
  if (state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes} />
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <p className="text-sm text-mist mb-4">{t('regenerateIntro')}</p>
      <Button type="submit" variant="ghost" disabled={pending}>
        {t('regenerate')}
      </Button>
    </form>
  )
}
