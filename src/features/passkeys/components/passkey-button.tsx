'use client'

import { KeyRound } from 'lucide-react'
import { useTranslations } from 'next-intl'
import { useState } from 'react'

import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'

import { problemOf, runPasskey, type TPasskeyProblem } from './passkey-client'

/** One button that runs a passkey assertion and, on success, goes where the server says. */
export function PasskeyButton(props: {
  locale: string
  purpose: 'sign-in' | 'second-factor' | 'step-up'
  next?: string
  label: string
  variant?: 'primary' | 'ghost'
}) {
  const t = useTranslations('Passkeys')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<TPasskeyProblem | null>(null)

  async function go() {
    setBusy(true)
    setProblem(null)
    try {
      const target = await runPasskey(props)
      // The server checked the destination (same-site portal paths only).
      window.location.assign(target)
    } catch (err) {
      setProblem(problemOf(err))
      setBusy(false)
    }
  }

  return (
    <div className="flex flex-col gap-4">
      {problem && (
        <Notice tone="error">
          {t(problem.key, problem.minutes === undefined ? {} : { minutes: problem.minutes })}
        </Notice>
      )}
      <Button
        type="button"
        variant={props.variant ?? 'ghost'}
        onClick={go}
        disabled={busy}
        aria-busy={busy}
        className="w-full sm:w-auto"
      >
        <KeyRound aria-hidden="true" className="size-4" />
        {busy ? t('waiting') : props.label}
      </Button>
    </div>
  )
}
