'use client'

import { useEffect, useState } from 'react'

import { usePathname } from '@/lib/i18n/link'

import { liveFrom as startFrom, onLive } from './live-client'

/**
 * The unread count beside "Messages" in the navigation: from the server at first, then live — a
 * staff message adds one, the customer's own read mark (this tab or another) clears it, and
 * while the conversation is open there is nothing unread.
 */
export function UnreadBadge({
  initial,
  label,
  liveFrom,
}: {
  initial: number
  label: string
  /** The newest live event id when the count was read: the tab's stream replays from there. */
  liveFrom: string
}) {
  // A new count from the server (a soft navigation) starts over from it.
  const [state, setState] = useState({ initial, count: initial })
  if (state.initial !== initial) setState({ initial, count: initial })
  const setCount = (f: (c: number) => number) => setState((s) => ({ ...s, count: f(s.count) }))
  const count = state.count
  const pathname = usePathname()
  const open = pathname === '/messages' || pathname.startsWith('/messages/')
  useEffect(() => {
    startFrom(liveFrom)
    const offMessage = onLive('message', (m) => {
      if ((m as { senderType?: string }).senderType === 'staff') setCount((c) => c + 1)
    })
    const offRead = onLive('read', (r) => {
      if ((r as { side?: string }).side === 'customer') setCount(() => 0)
    })
    return () => {
      offMessage()
      offRead()
    }
    // The stream opens once per tab: a later render's id does not move it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const shown = open ? 0 : count
  if (shown <= 0) return null
  return (
    <span
      className="ml-2 inline-flex min-w-5 h-5 items-center justify-center rounded-full bg-amber px-1.5 text-[0.65rem] font-semibold tracking-normal text-ink"
      data-testid="messages-unread"
      aria-label={label}
    >
      {shown > 99 ? '99+' : shown}
    </span>
  )
}
