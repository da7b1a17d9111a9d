'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import type { TInboxPreview } from './inbox-previews'
import { liveFrom, onLive, onLiveStatus } from '../components/live-client'

export type TInboxListRow = {
  id: string
  href: string
  title: string
  customerEmail: string
  lastMessageAt: string | null
  unread: boolean
  preview: TInboxPreview | null
}

/** Several events in a burst (a message, then its read mark) make one refresh. */
const SETTLE_MS = 250
const cell = { padding: '0.6rem 0.8rem', borderBottom: '1px solid var(--theme-elevation-100)' }
const FROM = { customer: '', staff: 'Reply: ', note: 'Internal note: ' } as const

/**
 * The inbox's conversation list, kept current from the page's /api/live stream: a new message, a
 * read mark from staff or a handover makes the server render the list again, read with this
 * staff member's own access as on the first load. The stream only carries events of
 * conversations they may read (the live route decides), and the list is never built from an
 * event's contents, so nothing reaches it that the access rules would not show after a reload.
 */
export function InboxList(props: { rows: TInboxListRow[]; open?: string; liveFrom?: string }) {
  const router = useRouter()
  const [live, setLive] = useState(false)
  const { liveFrom: from } = props
  useEffect(() => {
    liveFrom(from)
    return onLiveStatus(setLive)
  }, [from])
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const refresh = () => {
      clearTimeout(timer)
      timer = setTimeout(() => router.refresh(), SETTLE_MS)
    }
    const offs = [
      onLive('message', refresh),
      onLive('conversation', refresh),
      onLive('read', (data) => {
        if ((data as { side?: string }).side === 'staff') refresh()
      }),
    ]
    return () => {
      clearTimeout(timer)
      offs.forEach((off) => off())
    }
  }, [router])

  const unread = props.rows.filter((r) => r.unread).length
  return (
    <div data-live={live ? 'open' : 'closed'}>
      <p data-testid="inbox-unread-total" aria-live="polite" style={{ margin: '0 0 0.5rem' }}>
        {unread === 1 ? '1 unread conversation' : `${unread} unread conversations`}
      </p>
      <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="inbox-list">
        <tbody>
          {props.rows.map((r) => (
            <tr
              key={r.id}
              data-testid="inbox-row"
              data-unread={r.unread || undefined}
              style={r.id === props.open ? { background: 'var(--theme-elevation-100)' } : undefined}
            >
              <td style={cell}>
                <Link
                  href={r.href}
                  aria-current={r.id === props.open ? 'true' : undefined}
                  style={{ fontWeight: r.unread ? 700 : undefined }}
                >
                  {r.title}
                </Link>
                {r.unread ? (
                  <span style={{ marginLeft: '0.5rem' }}>
                    ● {r.preview?.unreadCount || ''} unread
                  </span>
                ) : null}
                <div style={{ opacity: 0.6, fontSize: '0.85em' }}>{r.customerEmail}</div>
                {r.preview ? (
                  <div
                    data-testid="inbox-preview"
                    style={{ fontSize: '0.9em', marginTop: '0.2rem' }}
                  >
                    {FROM[r.preview.from]}
                    {r.preview.text || 'Attachment'}
                  </div>
                ) : null}
                {r.lastMessageAt ? (
                  <time
                    dateTime={r.lastMessageAt}
                    suppressHydrationWarning
                    style={{ opacity: 0.6, fontSize: '0.8em' }}
                  >
                    {new Date(r.lastMessageAt).toLocaleString(undefined, {
                      dateStyle: 'short',
                      timeStyle: 'short',
                    })}
                  </time>
                ) : null}
              </td>
            </tr>
          ))}
          {props.rows.length === 0 ? (
            <tr>
              <td style={cell}>No conversations.</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  )
}
