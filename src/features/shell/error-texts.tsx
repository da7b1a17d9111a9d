'use client'

import { createContext, useContext, type ReactNode } from 'react'

import type { MESSAGES } from '@/lib/i18n/messages'

export type TErrorTexts = Pick<
  (typeof MESSAGES)['en']['Errors'],
  'errorTitle' | 'errorBody' | 'reference' | 'retry'
>

const ErrorTextsContext = createContext<TErrorTexts | null>(null)

/**
 * The error page's four texts, translated on the server and handed down as plain strings: the
 * error boundary is on every page, and a message runtime for four fixed strings would be most of
 * a page's own JavaScript.
 */
export function ErrorTextsProvider({
  texts,
  children,
}: {
  texts: TErrorTexts
  children: ReactNode
}) {
  return <ErrorTextsContext value={texts}>{children}</ErrorTextsContext>
}

export function useErrorTexts(): TErrorTexts {
  const texts = useContext(ErrorTextsContext)
  if (!texts) throw new Error('useErrorTexts outside ErrorTextsProvider (the locale layout)')
  return texts
}
