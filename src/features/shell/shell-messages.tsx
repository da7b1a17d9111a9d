import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { ErrorTextsProvider } from './error-texts'

/**
 * Every page: the error page's texts as plain strings. No message catalogue and no message
 * runtime ship with the shell; its client parts get their words as props from the server.
 */
export async function ShellMessages({ children }: { children: ReactNode }) {
  const t = await getTranslations('Errors')
  const texts = {
    errorTitle: t('errorTitle'),
    errorBody: t('errorBody'),
    reference: t('reference'),
    retry: t('retry'),
  }
  return <ErrorTextsProvider texts={texts}>{children}</ErrorTextsProvider>
}
