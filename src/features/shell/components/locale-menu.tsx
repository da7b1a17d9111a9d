'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import type { KeyboardEvent, ReactNode } from 'react'

import { switchLocale } from '@/lib/i18n/locale-path'

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

export type TLocaleMenuProps = {
  current: string
  /** Each language in its own name, in menu order. */
  options: { locale: string; label: string }[]
  menuLabel: string
  buttonLabel: string
  icons: { button: ReactNode; current: ReactNode }
}

/**
 * The language menu's behaviour on a native popover: the same page and query in each language,
 * focus on the current one when it opens, arrow keys between them. Texts and icons come rendered
 * from the server. A language is a plain link (a document load), so the new `<html lang>` and the
 * locale cookie come from the server as on a first visit.
 */
export function LocaleMenu({ current, options, menuLabel, buttonLabel, icons }: TLocaleMenuProps) {
  const pathname = usePathname()
  const search = useSearchParams().toString()
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
        aria-label={buttonLabel}
        data-testid="locale-switcher"
      >
        {icons.button}
        {current}
      </button>
      <div
        id={PANEL_ID}
        ref={ref}
        popover="auto"
        role="menu"
        aria-label={menuLabel}
        onKeyDown={moveFocus}
        className="fixed m-0 left-auto bottom-auto top-16 right-4 sm:right-8 min-w-44 bg-graphite text-ivory border border-line py-2 shadow-2xl"
      >
        {options.map(({ locale, label }) => (
          <a
            key={locale}
            href={`${switchLocale(pathname, locale)}${search ? `?${search}` : ''}`}
            lang={locale}
            hrefLang={locale}
            role="menuitem"
            aria-current={locale === current ? 'true' : undefined}
            className="flex items-center justify-between gap-6 px-4 py-2.5 text-sm text-mist outline-none hover:bg-carbon hover:text-ivory focus-visible:bg-carbon focus-visible:text-ivory"
          >
            {label}
            {locale === current && icons.current}
          </a>
        ))}
      </div>
    </>
  )
}
