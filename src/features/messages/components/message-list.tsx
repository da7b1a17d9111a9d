'use client'

import { FileText } from '@/components/ui/icons/file-text'
import { fill } from '@/lib/i18n/fill'
import { dateTimeFormat } from '@/lib/i18n/formatters'
import type { TMessageView } from '@/lib/messages/queries'

import type { TChatTexts } from './chat-texts'
import type { TOutgoing } from './use-outbox'

const dayKey = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso))

/** The conversation, oldest at the top, with a separator per day and the read mark on the customer's last read message. */
export function MessageList({
  messages,
  outgoing,
  staffReadAt,
  locale,
  timeZone,
  now,
  onRetry,
  texts: t,
}: {
  messages: TMessageView[]
  outgoing: TOutgoing[]
  staffReadAt: string | null
  locale: string
  timeZone: string
  /** When the page was opened: what "today" and "yesterday" mean. */
  now: number
  onRetry: (o: TOutgoing) => void
  texts: TChatTexts['list']
}) {
  // In the browser, not on the server: a message and a read mark arrive live.
  const dayFormat = dateTimeFormat(locale, { dateStyle: 'full', timeZone })
  const timeFormat = dateTimeFormat(locale, { timeStyle: 'short', timeZone })
  const today = dayKey(new Date(now).toISOString(), timeZone)
  const yesterday = dayKey(new Date(now - 86_400_000).toISOString(), timeZone)
  const dayLabel = (iso: string) => {
    const k = dayKey(iso, timeZone)
    if (k === today) return t.today
    if (k === yesterday) return t.yesterday
    return dayFormat.format(new Date(iso))
  }
  const time = (iso: string) => timeFormat.format(new Date(iso))
  const lastRead = staffReadAt
    ? [...messages].reverse().find((m) => m.senderType === 'customer' && m.createdAt <= staffReadAt)
    : undefined

  let previousDay = ''
  const rows: React.ReactNode[] = []
  for (const m of messages) {
    const day = dayKey(m.createdAt, timeZone)
    if (day !== previousDay) {
      previousDay = day
      rows.push(
        <li key={`day-${day}`} className="flex items-center gap-4 py-2" role="presentation">
          <span className="h-px flex-1 bg-line" />
          <span className="eyebrow text-smoke" data-testid="day-separator">
            {dayLabel(m.createdAt)}
          </span>
          <span className="h-px flex-1 bg-line" />
        </li>,
      )
    }
    const mine = m.senderType === 'customer'
    rows.push(
      <li
        key={m.id}
        className={`flex flex-col ${mine ? 'items-end' : 'items-start'}`}
        data-testid="message"
      >
        <div
          className={`max-w-[85%] sm:max-w-[70%] px-4 py-3 text-[0.95rem] leading-relaxed whitespace-pre-wrap break-words ${
            mine
              ? 'bg-amber/15 border border-amber/30 text-ivory'
              : 'bg-carbon border border-line text-ivory'
          }`}
        >
          {!mine && m.senderName && <p className="eyebrow text-amber mb-1">{m.senderName}</p>}
          {m.body && <p data-testid="message-body">{m.body}</p>}
          {m.attachments.length > 0 && (
            <ul className="mt-2 flex flex-wrap gap-2">
              {m.attachments.map((a) => (
                <li key={a.id}>
                  <a
                    href={a.url ?? '#'}
                    target="_blank"
                    rel="noopener"
                    className="flex items-center gap-2 border border-line bg-ink/50 p-1 pr-3 text-xs text-mist hover:border-amber hover:text-amber"
                    data-testid="message-attachment"
                  >
                    {a.thumbnailURL ? (
                      // eslint-disable-next-line @next/next/no-img-element -- a private file route, not a static image
                      <img src={a.thumbnailURL} alt="" className="h-14 w-14 object-cover" />
                    ) : (
                      <FileText size={20} aria-hidden="true" className="m-2" />
                    )}
                    <span className="max-w-40 truncate">{a.filename || t.attachment}</span>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
        <p className="mt-1 text-[0.7rem] text-smoke">
          <time dateTime={m.createdAt}>{time(m.createdAt)}</time>
          {lastRead?.id === m.id && staffReadAt && (
            <span data-testid="read-mark"> · {fill(t.read, { time: time(staffReadAt) })}</span>
          )}
        </p>
      </li>,
    )
  }
  for (const o of outgoing) {
    rows.push(
      <li
        key={o.clientId}
        className="flex flex-col items-end"
        data-testid="outgoing"
        data-state={o.state}
      >
        <div className="max-w-[85%] sm:max-w-[70%] px-4 py-3 whitespace-pre-wrap break-words bg-amber/10 border border-dashed border-amber/40 text-ivory/80">
          {o.body}
          {o.attachments.length > 0 && (
            <p className="mt-1 text-xs text-mist">{o.attachments.map((a) => a.name).join(', ')}</p>
          )}
        </div>
        <p
          className="mt-1 text-[0.7rem] text-smoke"
          role={o.state === 'failed' ? 'alert' : undefined}
        >
          {o.state === 'sending' && t.sending}
          {o.state === 'queued' && t.queued}
          {o.state === 'failed' && (
            <>
              <span className="text-red-300">
                {t.failed}
                {o.error ? ` — ${o.error}` : ''}
              </span>{' '}
              ·{' '}
              <button
                type="button"
                className="underline text-amber"
                onClick={() => onRetry(o)}
                data-testid="retry"
              >
                {t.retry}
              </button>
            </>
          )}
        </p>
      </li>,
    )
  }
  return (
    <ol className="flex flex-col gap-4" aria-live="polite" data-testid="message-list">
      {rows}
    </ol>
  )
}
