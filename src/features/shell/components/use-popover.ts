'use client'

import { useEffect, useRef, useState, type RefObject } from 'react'

import { usePathname } from '@/lib/i18n/link'

/**
 * State of a native popover (`popover` + `popovertarget`): the browser does opening, Escape,
 * light dismiss, top layer and focus return, so no positioning library ships. This only mirrors
 * "open" for aria-expanded, and closes the panel when the page changes under it (links inside
 * navigate on the client, where the header stays mounted).
 */
export function usePopover<T extends HTMLElement>(
  onOpen?: (panel: T) => void,
): { ref: RefObject<T | null>; open: boolean } {
  const ref = useRef<T | null>(null)
  const [open, setOpen] = useState(false)
  const pathname = usePathname()
  const onOpenRef = useRef(onOpen)
  useEffect(() => {
    onOpenRef.current = onOpen
  })
  useEffect(() => {
    const panel = ref.current
    if (!panel) return
    const onToggle = (event: Event) => {
      const isOpen = (event as ToggleEvent).newState === 'open'
      setOpen(isOpen)
      if (isOpen) onOpenRef.current?.(panel)
    }
    panel.addEventListener('toggle', onToggle)
    return () => panel.removeEventListener('toggle', onToggle)
  }, [])
  useEffect(() => {
    const panel = ref.current
    if (panel?.matches(':popover-open')) panel.hidePopover()
  }, [pathname])
  return { ref, open }
}
