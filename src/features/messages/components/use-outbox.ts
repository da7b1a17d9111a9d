'use client'

import { useCallback, useEffect, useRef, useState } from 'react'

import type { TMessageView } from '@/lib/messages/queries'

/** A message the customer wrote that the server has not confirmed yet. */
export type TOutgoing = {
  clientId: string
  body: string
  order?: string
  attachments: { id: string; name: string }[]
  createdAt: string
  state: 'sending' | 'queued' | 'failed'
  error?: string
}

const storageKey = (conversation: string) => `dv-chat-outbox:${conversation}`

/**
 * The page's outbox: every message is kept (also in localStorage, so a reload keeps it) until the
 * server confirms it. Offline it waits and goes when the browser is back online; a refusal or a
 * failure while online marks it "not sent" with a retry. The id made here makes every retry the
 * same message on the server (idempotent send), so nothing arrives twice.
 */
export function useOutbox(conversation: string, onSent: (m: TMessageView) => void) {
  const [items, setItems] = useState<TOutgoing[]>([])
  const inFlight = useRef(new Set<string>())
  const loaded = useRef(false)

  useEffect(() => {
    try {
      const saved = JSON.parse(
        localStorage.getItem(storageKey(conversation)) ?? '[]',
      ) as TOutgoing[]
      // Anything that was being sent when the page went away is sent again (same id).
      const restored = saved.map((i): TOutgoing =>
        i.state === 'sending' ? { ...i, state: 'queued' } : i,
      )
      queueMicrotask(() => setItems(restored))
    } catch {}
    loaded.current = true
  }, [conversation])

  useEffect(() => {
    if (loaded.current) localStorage.setItem(storageKey(conversation), JSON.stringify(items))
  }, [conversation, items])

  const update = (clientId: string, patch: Partial<TOutgoing> | null) =>
    setItems((list) =>
      patch === null
        ? list.filter((i) => i.clientId !== clientId)
        : list.map((i) => (i.clientId === clientId ? { ...i, ...patch } : i)),
    )

  const deliver = useCallback(
    async (item: TOutgoing) => {
      if (inFlight.current.has(item.clientId)) return
      if (!navigator.onLine) return update(item.clientId, { state: 'queued' })
      inFlight.current.add(item.clientId)
      update(item.clientId, { state: 'sending', error: undefined })
      try {
        const res = await fetch('/api/chat/messages', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            conversation,
            clientId: item.clientId,
            body: item.body,
            order: item.order,
            attachments: item.attachments.map((a) => a.id),
          }),
        })
        const json = await res.json().catch(() => null)
        if (res.ok && json?.message) {
          update(item.clientId, null)
          onSent(json.message as TMessageView)
        } else if (res.status >= 500 || res.status === 429) {
          update(item.clientId, { state: 'failed' })
        } else {
          update(item.clientId, { state: 'failed', error: json?.detail ?? json?.title })
        }
      } catch {
        update(item.clientId, { state: navigator.onLine ? 'failed' : 'queued' })
      } finally {
        inFlight.current.delete(item.clientId)
      }
    },
    [conversation, onSent],
  )

  // Back online (or loaded with queued items): send what waited, oldest first.
  useEffect(() => {
    const flush = () => items.filter((i) => i.state === 'queued').forEach((i) => void deliver(i))
    if (navigator.onLine) flush()
    window.addEventListener('online', flush)
    return () => window.removeEventListener('online', flush)
  }, [items, deliver])

  const send = (item: Omit<TOutgoing, 'state' | 'createdAt' | 'clientId'>) => {
    const full: TOutgoing = {
      ...item,
      clientId: crypto.randomUUID(),
      createdAt: new Date().toISOString(),
      state: navigator.onLine ? 'sending' : 'queued',
    }
    setItems((list) => [...list, full])
    if (navigator.onLine) void deliver(full)
  }

  /** A message the server already has (it came back on the live stream) leaves the outbox. */
  const confirmed = (clientId: string) => update(clientId, null)

  return { items, send, retry: (i: TOutgoing) => void deliver(i), confirmed }
}
