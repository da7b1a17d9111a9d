import { NextIntlClientProvider } from 'next-intl'
import { getMessages } from 'next-intl/server'
import type { ReactNode } from 'react'

import type { MESSAGES } from './messages'

type TNamespace = keyof (typeof MESSAGES)['en']

/** What every page's client components translate: the locale switcher and the error view. */
const SHELL_NAMESPACES = ['Common', 'Locale', 'Errors'] as const satisfies TNamespace[]

/**
 * Hands client components the message namespaces they translate, and no more: the catalogue is
 * serialised into every page that carries it. The locale layout gives the shell's; a layout or
 * page whose client components need more wraps them in its own (the inner one wins).
 */
export async function ClientMessages({
  namespaces = [],
  children,
}: {
  namespaces?: TNamespace[]
  children: ReactNode
}) {
  const messages = await getMessages()
  const picked = Object.fromEntries(
    [...SHELL_NAMESPACES, ...namespaces].map((ns) => [ns, messages[ns]]),
  )
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>
}
