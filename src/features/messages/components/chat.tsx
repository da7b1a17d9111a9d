'use client'

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'

import { fill } from '@/lib/i18n/fill'
import type { TMessageView } from '@/lib/messages/queries'

import type { TChatTexts } from './chat-texts'
import { Composer } from './composer'
import { onLive, onLiveStatus } from './live-client'
import { MessageList } from './message-list'
import { useOutbox } from './use-outbox'

const byTime = (a: TMessageView, b: TMessageView) => a.createdAt.localeCompare(b.createdAt)

/** Adds messages that are new (by id), keeping the list in time order. */
function merge(list: TMessageView[], more: TMessageView[]) {
  const seen = new Set(list.map((m) => m.id))
  const fresh = more.filter((m) => !seen.has(m.id))
  return fresh.length ? [...list, ...fresh].sort(byTime) : list
}

/**
 * The customer's conversation, live: new messages, read marks and typing arrive on the tab's one
 * stream; scrolling to the top loads older pages; sending goes through the outbox, so nothing
 * typed is lost offline or sent twice.
 */
export function Chat(props: {
  conversation: string
  initial: { messages: TMessageView[]; more: boolean }
  staffReadAt: string | null
  orders: { id: string; label: string }[]
  initialDraft: string
  locale: string
  timeZone: string
  /** Translated on the server (chat-texts.ts): the page ships no message runtime. */
  texts: TChatTexts
}) {
  const { texts: t } = props
  const { conversation } = props
  const [messages, setMessages] = useState(props.initial.messages)
  const [more, setMore] = useState(props.initial.more)
  const [staffReadAt, setStaffReadAt] = useState(props.staffReadAt)
  const [typing, setTyping] = useState<string | null>(null)
  const [online, setOnline] = useState(true)
  const [connected, setConnected] = useState(true)
  const [now] = useState(() => Date.now())
  const scroller = useRef<HTMLDivElement>(null)
  const top = useRef<HTMLDivElement>(null)
  const stick = useRef(true)
  const keepFromBottom = useRef<number | null>(null)
  const loading = useRef(false)

  const received = useCallback((m: TMessageView) => setMessages((list) => merge(list, [m])), [])
  const outbox = useOutbox(conversation, received)

  const markRead = useCallback(() => {
    if (document.visibilityState !== 'visible') return
    void fetch('/api/chat/read', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversation }),
    }).catch(() => {})
  }, [conversation])

  useEffect(() => {
    markRead()
    const offMessage = onLive('message', (data) => {
      const m = data as TMessageView
      if (m.conversation !== conversation) return
      stick.current = true
      received(m)
      outbox.confirmed(m.clientId)
      if (m.senderType === 'staff') {
        setTyping(null)
        markRead()
      }
    })
    const offRead = onLive('read', (data) => {
      const r = data as { conversation: string; side: string; at: string }
      if (r.conversation === conversation && r.side === 'staff') setStaffReadAt(r.at)
    })
    let clear: ReturnType<typeof setTimeout> | undefined
    const offTyping = onLive('typing', (data) => {
      const d = data as { conversation: string; side: string; name: string }
      if (d.conversation !== conversation || d.side !== 'staff') return
      setTyping(d.name || '')
      clearTimeout(clear)
      clear = setTimeout(() => setTyping(null), 5000)
    })
    // The stream may have been open before this page: fetch the newest page once it is listening.
    const offStatus = onLiveStatus((open) => {
      setConnected(open)
      if (open)
        void fetch(`/api/chat/messages?conversation=${conversation}`)
          .then((r) => (r.ok ? r.json() : null))
          .then((page) => page && setMessages((list) => merge(list, page.messages)))
          .catch(() => {})
    })
    const visible = () => markRead()
    document.addEventListener('visibilitychange', visible)
    return () => {
      offMessage()
      offRead()
      offTyping()
      offStatus()
      clearTimeout(clear)
      document.removeEventListener('visibilitychange', visible)
    }
    // outbox.confirmed is stable in effect (it only filters state).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [conversation, received, markRead])

  useEffect(() => {
    const update = () => setOnline(navigator.onLine)
    update()
    window.addEventListener('online', update)
    window.addEventListener('offline', update)
    return () => {
      window.removeEventListener('online', update)
      window.removeEventListener('offline', update)
    }
  }, [])

  // Newest at the bottom: stay there when something arrives, keep the place when older pages load.
  useLayoutEffect(() => {
    const el = scroller.current
    if (!el) return
    if (keepFromBottom.current !== null) {
      el.scrollTop = el.scrollHeight - keepFromBottom.current
      keepFromBottom.current = null
    } else if (stick.current) el.scrollTop = el.scrollHeight
  }, [messages, outbox.items])

  useEffect(() => {
    const el = top.current
    if (!el || !more) return
    const observer = new IntersectionObserver(async ([entry]) => {
      if (!entry.isIntersecting || loading.current) return
      loading.current = true
      const oldest = messages[0]?.createdAt
      try {
        const res = await fetch(
          `/api/chat/messages?conversation=${conversation}${oldest ? `&before=${encodeURIComponent(oldest)}` : ''}`,
        )
        if (res.ok) {
          const page = (await res.json()) as { messages: TMessageView[]; more: boolean }
          const box = scroller.current
          keepFromBottom.current = box ? box.scrollHeight - box.scrollTop : null
          setMessages((list) => merge(list, page.messages))
          setMore(page.more)
        }
      } finally {
        loading.current = false
      }
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [conversation, messages, more])

  const lastTyping = useRef(0)
  const typingSignal = () => {
    if (Date.now() - lastTyping.current < 3000 || !navigator.onLine) return
    lastTyping.current = Date.now()
    void fetch('/api/chat/typing', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversation }),
    }).catch(() => {})
  }

  return (
    <div className="flex flex-col border border-line bg-graphite/30 h-[70vh] min-h-[420px]">
      {!online && (
        <p
          role="status"
          className="bg-amber/15 text-amber text-xs px-4 py-2"
          data-testid="offline-notice"
        >
          {t.offline}
        </p>
      )}
      {online && !connected && <p className="text-xs text-smoke px-4 py-1">{t.reconnecting}</p>}
      <div
        ref={scroller}
        className="flex-1 overflow-y-auto px-3 sm:px-6 py-4"
        onScroll={(e) => {
          const el = e.currentTarget
          stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80
        }}
        tabIndex={0}
        aria-label={t.title}
      >
        <div ref={top} />
        <p className="text-center text-xs text-smoke py-2">
          {more ? t.older : messages.length ? t.beginning : t.empty}
        </p>
        <MessageList
          messages={messages}
          outgoing={outbox.items}
          staffReadAt={staffReadAt}
          locale={props.locale}
          timeZone={props.timeZone}
          now={now}
          onRetry={outbox.retry}
          texts={t.list}
        />
        {typing !== null && (
          <p className="mt-3 text-xs text-mist italic" data-testid="typing">
            {typing ? fill(t.typing, { name: typing }) : t.typingSomeone}
          </p>
        )}
      </div>
      <Composer
        conversation={conversation}
        orders={props.orders}
        initialDraft={props.initialDraft}
        onTyping={typingSignal}
        texts={t.composer}
        onSend={(m) => {
          stick.current = true
          outbox.send(m)
        }}
      />
    </div>
  )
}
