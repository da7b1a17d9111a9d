'use client'

import { useState } from 'react'

import { KeyRound } from '@/components/ui/icons/key-round'
import { buttonClass } from '@/components/ui/button-class'
import { Notice } from '@/components/ui/notice'
import { pluralText } from '@/lib/i18n/plural'

import type { TPasskeyButtonTexts } from './passkey-texts'
import { problemOf, type TPasskeyProblem } from './passkey-problem'

/** The ceremony's code loads when the button is wanted, not with the sign-in page. */
const loadClient = () => import('./passkey-client')

/** One button that runs a passkey assertion and, on success, goes where the server says. */
export function PasskeyButton(props: {
  locale: string
  purpose: 'sign-in' | 'second-factor' | 'step-up'
  next?: string
  /** Translated on the server (passkey-texts.ts): the button ships no message runtime. */
  texts: TPasskeyButtonTexts
  variant?: 'primary' | 'ghost'
}) {
  const t = props.texts
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<TPasskeyProblem | null>(null)

  async function go() {
    setBusy(true)
    setProblem(null)
    try {
      const { runPasskey } = await loadClient()
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
          {problem.key === 'tooMany'
            ? pluralText(t.tooMany, problem.minutes ?? 1)
            : t.problems[problem.key]}
        </Notice>
      )}
      <button
        type="button"
        onClick={go}
        onPointerEnter={() => void loadClient().catch(() => {})}
        onFocus={() => void loadClient().catch(() => {})}
        disabled={busy}
        aria-busy={busy}
        className={buttonClass(props.variant ?? 'ghost', 'w-full sm:w-auto')}
      >
        <KeyRound aria-hidden="true" className="size-4" />
        {busy ? t.waiting : t.label}
      </button>
    </div>
  )
}
