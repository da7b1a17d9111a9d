'use client'

import type { ReactNode } from 'react'

import { usePopover } from './use-popover'

const PANEL_ID = 'phone-menu'

/**
 * The compact menu under `lg`: a button that opens the sections as a sheet below the header.
 * A disclosure on a native popover: Escape and a tap outside close it, focus returns to the button.
 * The icons come rendered from the server, so no icon code ships for them.
 */
export function PhoneMenu({
  label,
  icons,
  children,
}: {
  label: string
  icons: { open: ReactNode; close: ReactNode }
  children: ReactNode
}) {
  const { ref, open } = usePopover<HTMLDivElement>((panel) =>
    panel.querySelector<HTMLElement>('a[aria-current="page"], a')?.focus(),
  )
  return (
    <>
      <button
        type="button"
        popoverTarget={PANEL_ID}
        aria-expanded={open}
        aria-controls={PANEL_ID}
        className="xl:hidden inline-flex items-center gap-2 px-2 py-2 text-xs tracking-[0.2em] uppercase text-mist hover:text-amber"
        data-testid="phone-menu-button"
      >
        {open ? icons.close : icons.open}
        <span className="sr-only">{label}</span>
      </button>
      <div
        id={PANEL_ID}
        ref={ref}
        popover="auto"
        className="xl:hidden fixed m-0 inset-x-0 bottom-auto top-16 w-full max-w-none bg-graphite text-ivory border-0 border-b border-line shadow-2xl"
        data-testid="phone-menu"
      >
        {children}
      </div>
    </>
  )
}
