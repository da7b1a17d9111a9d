'use client'

import { useCallback, useEffect, useState } from 'react'

import type { TMessageView } from '@/lib/messages/queries'

import type { TCannedReply } from './inbox-query'
import { onLive } from '../components/live-client'

const newClientId = () => crypto.randomUUID().replaceAll('-', '')

/**
 * One conversation in the inbox: its messages (internal notes marked), a reply box that sends a
 * reply or an internal note through the same /api/chat/messages route customers use, and a live
 * refresh when /api/live says the conversation has a new message.
 */
export function InboxConversation(props: {
  conversation: string
  initial: TMessageView[]
  /** In the customer's language; choosing one puts its text in the reply box to adapt. */
  cannedReplies: TCannedReply[]
}) {
  const { conversation } = props
  const [messages, setMessages] = useState(props.initial)
  const [body, setBody] = useState('')
  const [internal, setInternal] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const reload = useCallback(async () => {
    const res = await fetch(`/api/chat/messages?conversation=${conversation}&limit=100`, {
      credentials: 'same-origin',
    })
    if (res.ok) setMessages(((await res.json()) as { messages: TMessageView[] }).messages)
  }, [conversation])

  useEffect(() => {
    void fetch('/api/chat/read', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversation }),
    })
    return onLive('message', (data) => {
      if ((data as { conversation?: string }).conversation === conversation) void reload()
    })
  }, [conversation, reload])

  const send = async (e: React.FormEvent) => {
    e.preventDefault()
    if (!body.trim() || busy) return
    setBusy(true)
    setError(null)
    const res = await fetch('/api/chat/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversation, clientId: newClientId(), body, internal }),
    })
    setBusy(false)
    if (!res.ok) return setError('The message was not sent. Try again.')
    setBody('')
    await reload()
  }

  return (
    <div data-testid="inbox-conversation">
      <ol style={{ listStyle: 'none', padding: 0, margin: '1rem 0' }} aria-live="polite">
        {messages.map((m) => (
          <li
            key={m.id}
            data-testid="inbox-message"
            data-internal={m.internal || undefined}
            style={{
              margin: '0.5rem 0',
              padding: '0.6rem 0.8rem',
              borderRadius: 4,
              border: m.internal
                ? '1px dashed var(--theme-warning-500)'
                : '1px solid var(--theme-elevation-150)',
              background: m.internal ? 'rgba(255, 190, 60, 0.08)' : 'var(--theme-elevation-50)',
              marginLeft: m.senderType === 'staff' ? '3rem' : 0,
              marginRight: m.senderType === 'staff' ? 0 : '3rem',
            }}
          >
            <div style={{ fontSize: '0.8em', opacity: 0.7 }}>
              {m.senderType === 'staff' ? (m.senderName ?? 'Staff') : 'Customer'} ·{' '}
              {new Date(m.createdAt).toLocaleString()}
              {m.internal ? ' · Internal note (not visible to the customer)' : ''}
            </div>
            <div style={{ whiteSpace: 'pre-wrap' }}>{m.body}</div>
          </li>
        ))}
      </ol>
      <form onSubmit={send}>
        <label htmlFor="inbox-reply" style={{ display: 'block', marginBottom: '0.3rem' }}>
          {internal ? 'Internal note' : 'Reply to the customer'}
        </label>
        {props.cannedReplies.length > 0 ? (
          <div style={{ marginBottom: '0.4rem' }}>
            <label htmlFor="inbox-canned" style={{ marginRight: '0.5rem' }}>
              Canned reply
            </label>
            <select
              id="inbox-canned"
              value=""
              onChange={(e) => {
                const chosen = props.cannedReplies.find((r) => r.id === e.target.value)
                if (chosen)
                  setBody((b) => (b.trim() ? `${b.trimEnd()}\n\n${chosen.body}` : chosen.body))
              }}
            >
              <option value="">Insert…</option>
              {props.cannedReplies.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <textarea
          id="inbox-reply"
          value={body}
          onChange={(e) => setBody(e.target.value)}
          rows={4}
          maxLength={4000}
          style={{ width: '100%' }}
        />
        <label style={{ display: 'inline-flex', gap: '0.4rem', margin: '0.5rem 1rem 0.5rem 0' }}>
          <input
            type="checkbox"
            checked={internal}
            onChange={(e) => setInternal(e.target.checked)}
          />
          Internal note (staff only)
        </label>
        <button type="submit" className="btn btn--style-primary btn--size-small" disabled={busy}>
          {internal ? 'Save note' : 'Send reply'}
        </button>
        {error ? <p role="alert">{error}</p> : null}
      </form>
    </div>
  )
}
