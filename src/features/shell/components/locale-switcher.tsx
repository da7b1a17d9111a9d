'use client'

import { Check, Globe } from 'lucide-react'
import { useLocale, useTranslations } from 'next-intl'
import { useSearchParams } from 'next/navigation'
import type { KeyboardEvent } from 'react'

import { Link, usePathname } from '@/lib/i18n/navigation'
import { LOCALES } from '@/lib/i18n/locales'

import { usePopover } from './use-popover'

const PANEL_ID = 'locale-menu'

/** Moves focus between a menu's items with the arrow keys, Home and End (WAI-ARIA menu pattern). */
function moveFocus(event: KeyboardEvent<HTMLElement>) {
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')]
  const at = items.indexOf(document.activeElement as HTMLElement)
  const next = {
    ArrowDown: (at + 1) % items.length,
    ArrowUp: (at - 1 + items.length) % items.length,
    Home: 0,
    End: items.length - 1,
  }[event.key]
  if (next === undefined) return
  event.preventDefault()
  items[next]?.focus()
}

/**
 * Language menu on a native popover: keyboard (arrows, Escape) and screen readers (menu, current
 * language checked), keeps the current page and query.
 */
export function LocaleSwitcher() {
  const t = useTranslations()
  const locale = useLocale()
  const pathname = usePathname()
  const search = useSearchParams().toString()
  const href = search ? `${pathname}?${search}` : pathname
  const { ref, open } = usePopover<HTMLDivElement>((panel) =>
    panel.querySelector<HTMLElement>('[aria-current="true"]')?.focus(),
  )
  return (
    <>
      <button
        type="button"
        popoverTarget={PANEL_ID}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={PANEL_ID}
        className="inline-flex items-center gap-2 text-xs tracking-[0.2em] uppercase text-mist hover:text-ivory px-2 py-2"
        aria-label={`${t('Common.language')}: ${t(`Locale.${locale as 'en'}`)}`}
        data-testid="locale-switcher"
      >
        <Globe size={14} aria-hidden="true" />
        {locale}
      </button>
      <div
        id={PANEL_ID}
        ref={ref}
        popover="auto"
        role="menu"
        aria-label={t('Common.language')}
        onKeyDown={moveFocus}
        className="fixed m-0 left-auto bottom-auto top-16 right-4 sm:right-8 min-w-44 bg-graphite text-ivory border border-line py-2 shadow-2xl"
      >
        {LOCALES.map((l) => (
          <Link
            key={l}
            href={href}
            locale={l}
            lang={l}
            hrefLang={l}
            role="menuitem"
            aria-current={l === locale ? 'true' : undefined}
            className="flex items-center justify-between gap-6 px-4 py-2.5 text-sm text-mist outline-none hover:bg-carbon hover:text-ivory focus-visible:bg-carbon focus-visible:text-ivory"
          >
            {t(`Locale.${l}`)}
            {l === locale && <Check size={14} className="text-amber" aria-hidden="true" />}
          </Link>
        ))}
      </div>
    </>
  )
}
