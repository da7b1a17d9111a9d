import { getLocale, getTranslations } from 'next-intl/server'

import { Check, Globe } from '@/components/ui/icons'
import { LOCALES } from '@/lib/i18n/locales'

import { LocaleMenu } from './locale-menu'

/**
 * Language menu on a native popover: keyboard (arrows, Escape) and screen readers (menu, current
 * language checked), keeps the current page and query. Translated and drawn here on the server;
 * the client part (locale-menu.tsx) only knows the path.
 */
export async function LocaleSwitcher() {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()])
  return (
    <LocaleMenu
      current={locale}
      options={LOCALES.map((l) => ({ locale: l, label: t(`Locale.${l}`) }))}
      menuLabel={t('Common.language')}
      buttonLabel={`${t('Common.language')}: ${t(`Locale.${locale as 'en'}`)}`}
      icons={{
        button: <Globe size={14} aria-hidden="true" />,
        current: <Check size={14} className="text-amber" aria-hidden="true" />,
      }}
    />
  )
}
