'use client'

import { useSyncExternalStore } from 'react'

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
        {/* The wordmark and the ghost button's classes written out: on every page's error boundary,
            the shared modules would bring their other variants along. */}
        <span
          className="font-light tracking-[0.42em] uppercase text-xs text-mist"
          aria-label="Donkervoort"
        >
          Donkervoort
        </span>
        <h1 className="text-3xl sm:text-4xl font-light">{texts.errorTitle}</h1>
        <p className="text-mist">{texts.errorBody}</p>
        {reference && (
          <p className="text-xs text-smoke" data-testid="error-reference">
            {texts.reference}: <span className="font-mono">{reference}</span>
          </p>
        )}
        {/* A plain button: `Button` would bring Radix Slot into every page's bundle. */}
        <button
          type="button"
          className="inline-flex items-center justify-center gap-2 transition-colors duration-200 border border-line text-ivory hover:border-amber hover:text-amber px-6 py-3 text-xs tracking-[0.2em] uppercase"
          onClick={reset}
        >
          {texts.retry}
        </button>
      </div>
    </main>
  )
}
