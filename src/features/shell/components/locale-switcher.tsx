'use client'

import * as DropdownMenu from '@radix-ui/react-dropdown-menu'
import { Check, Globe } from 'lucide-react'
import { useLocale, useTranslations } from 'next-intl'
import { useSearchParams } from 'next/navigation'

import { Link, usePathname } from '@/lib/i18n/navigation'
import { LOCALES } from '@/lib/i18n/locales'

/** Language menu: keyboard- and screen-reader-friendly (Radix), keeps the current page. */
export function LocaleSwitcher() {
  const t = useTranslations()
  const locale = useLocale()
  const pathname = usePathname()
  const search = useSearchParams().toString()
  const href = search ? `${pathname}?${search}` : pathname
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="inline-flex items-center gap-2 text-xs tracking-[0.2em] uppercase text-mist hover:text-ivory px-2 py-2"
        aria-label={`${t('Common.language')}: ${t(`Locale.${locale as 'en'}`)}`}
        data-testid="locale-switcher"
      >
        <Globe size={14} aria-hidden="true" />
        {locale}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={8}
          className="z-50 min-w-40 bg-graphite border border-line py-2 shadow-2xl"
        >
          {LOCALES.map((l) => (
            <DropdownMenu.Item key={l} asChild>
              <Link
                href={href}
                locale={l}
                lang={l}
                hrefLang={l}
                className="flex items-center justify-between gap-6 px-4 py-2.5 text-sm text-mist outline-none data-[highlighted]:bg-carbon data-[highlighted]:text-ivory"
              >
                {t(`Locale.${l}`)}
                {l === locale && <Check size={14} className="text-amber" aria-hidden="true" />}
              </Link>
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}
