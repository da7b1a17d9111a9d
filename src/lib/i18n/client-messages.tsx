import { NextIntlClientProvider } from 'next-intl'
import { getMessages } from 'next-intl/server'
import type { ReactNode } from 'react'

import type { MESSAGES } from './messages'

type TNamespace = keyof (typeof MESSAGES)['en']

/**
 * Hands client components that translate (`useTranslations`) the message namespaces they need,
 * and no more: the catalogue is serialised into every page that carries it, and the provider
 * brings next-intl's message runtime along. A layout or page whose client components translate
 * wraps them in its own.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: TNamespace[]
  children: ReactNode
}) {
  const messages = await getMessages()
  const picked = Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]]))
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>
}
