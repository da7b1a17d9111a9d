'use client'

import { type ReactNode, useEffect, useRef } from 'react'

type TOption = { value: string; label: string }

/**
 * A small menu of choices opening upwards from the control bar (quality, subtitles): a menu
 * button with radio items, arrow keys between them, Escape back to the button. It stays inside
 * the player so it also works in full screen.
 */
export function PlayerMenu(props: {
  label: string
  /** Shown beside the label for sighted users, e.g. the current quality. */
  badge?: string
  icon: ReactNode
  value: string
  options: TOption[]
  open: boolean
  onOpenChange: (open: boolean) => void
  onChange: (value: string) => void
  testId: string
}) {
  const { label, badge, icon, value, options, open, onOpenChange, onChange, testId } = props
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    menu.current?.querySelector<HTMLElement>('[aria-checked="true"]')?.focus()
    const away = (e: PointerEvent) => {
      const target = e.target as Node
      if (!menu.current?.contains(target) && !button.current?.contains(target)) onOpenChange(false)
    }
    document.addEventListener('pointerdown', away)
    return () => document.removeEventListener('pointerdown', away)
  }, [open, onOpenChange])

  const close = () => {
    onOpenChange(false)
    button.current?.focus()
  }
  const onMenuKey = (e: React.KeyboardEvent) => {
    const items = Array.from(
      menu.current?.querySelectorAll<HTMLElement>('[role=menuitemradio]') ?? [],
    )
    const at = items.indexOf(document.activeElement as HTMLElement)
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus()
    // The menu's keys stay here: the player's own (M, F, digits…) must not act meanwhile.
    e.stopPropagation()
    if (e.key === 'ArrowDown') focus(at + 1)
    else if (e.key === 'ArrowUp') focus(at - 1)
    else if (e.key === 'Home') focus(0)
    else if (e.key === 'End') focus(items.length - 1)
    else if (e.key === 'Escape') close()
    else if (e.key === 'Tab') return onOpenChange(false)
    // Enter and Space press the focused item, as on any button.
    else return
    e.preventDefault()
  }

  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={label}
        title={label}
        data-testid={testId}
        onClick={() => onOpenChange(!open)}
        className="inline-flex h-11 min-w-11 items-center justify-center gap-1.5 px-2 text-ivory hover:text-amber aria-expanded:text-amber"
      >
        {icon}
        {badge && (
          <span className="hidden text-[0.65rem] tracking-[0.15em] uppercase sm:inline">
            {badge}
          </span>
        )}
      </button>
      {open && (
        <div
          ref={menu}
          role="menu"
          aria-label={label}
          onKeyDown={onMenuKey}
          className="absolute right-0 bottom-full z-20 mb-2 min-w-44 border border-line bg-graphite/95 py-2 shadow-2xl backdrop-blur"
        >
          <p aria-hidden="true" className="eyebrow px-4 pt-1 pb-2">
            {label}
          </p>
          {options.map((o) => (
            <button
              key={o.value}
              type="button"
              role="menuitemradio"
              aria-checked={o.value === value}
              tabIndex={-1}
              onClick={() => {
                onChange(o.value)
                close()
              }}
              className="flex min-h-11 w-full items-center gap-3 px-4 text-left text-sm text-mist hover:bg-carbon hover:text-ivory focus-visible:bg-carbon focus-visible:text-ivory focus-visible:outline-offset-[-2px] aria-checked:text-amber"
            >
              <span
                aria-hidden="true"
                className={`size-1.5 rounded-full ${o.value === value ? 'bg-amber' : 'bg-transparent'}`}
              />
              {o.label}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
