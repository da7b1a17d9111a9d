'use client'

import { useSyncExternalStore } from 'react'

import { buttonClass } from '@/components/ui/button-class'
import { Wordmark } from '@/components/ui/wordmark'

import { useErrorTexts } from './error-texts'

const noSubscription = () => () => {}
const readRequestId = () =>
  document.querySelector<HTMLMetaElement>('meta[name="request-id"]')?.content ?? null

/**
 * Calm error page: no stack trace, no internals; a reference the customer can quote, which is the
 * request id in the server's log line for this failure.
 */
export function ErrorView({ digest, reset }: { digest?: string; reset: () => void }) {
  const texts = useErrorTexts()
  const requestId = useSyncExternalStore(noSubscription, readRequestId, () => null)
  const reference = requestId ?? digest
  return (
    <main id="main" className="min-h-[70dvh] grid place-items-center px-6 py-16">
      <div className="max-w-lg text-center flex flex-col items-center gap-6">
        <Wordmark className="text-xs text-mist" />
        <h1 className="text-3xl sm:text-4xl font-light">{texts.errorTitle}</h1>
        <p className="text-mist">{texts.errorBody}</p>
        {reference && (
          <p className="text-xs text-smoke" data-testid="error-reference">
            {texts.reference}: <span className="font-mono">{reference}</span>
          </p>
        )}
        {/* A plain button: `Button` would bring Radix Slot into every page's bundle. */}
        <button type="button" className={buttonClass('ghost')} onClick={reset}>
          {texts.retry}
        </button>
      </div>
    </main>
  )
}
