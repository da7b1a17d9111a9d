import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { isLocale } from '@/lib/i18n/locales'
import type en from '@/messages/en.json'

export type TTitleKey = keyof (typeof en)['Shell']['titles']

/**
 * A page's own <title>, localized; the locale layout's template adds " · Donkervoort". Route files
 * export `generateMetadata = pageTitle('…')`, so each page names itself in one line.
 */
export function pageTitle(key: TTitleKey) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params
    const t = await getTranslations({
      locale: isLocale(locale) ? locale : 'en',
      namespace: 'Shell',
    })
    return { title: t(`titles.${key}`) }
  }
}
