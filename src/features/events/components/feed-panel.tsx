'use client'

import { useState } from 'react'

import { buttonClass } from '@/components/ui/button-class'
import { Notice } from '@/components/ui/notice'

import { callEventsApi } from './api'

export type TFeedPanelTexts = Record<
  | 'heading'
  | 'intro'
  | 'create'
  | 'regenerate'
  | 'revoke'
  | 'shownOnce'
  | 'active'
  | 'off'
  | 'error',
  string
>

/**
 * Create, regenerate or switch off the personal calendar feed; a new URL is shown once. Its words
 * come translated from the server page and its buttons are plain: the events page then ships
 * neither next-intl's runtime nor Radix Slot for this one panel.
 */
export function FeedPanel({
  active: initial,
  texts: t,
}: {
  active: boolean
  texts: TFeedPanelTexts
}) {
  const [active, setActive] = useState(initial)
  const [url, setUrl] = useState<string | null>(null)
  const [error, setError] = useState('')
  const run = async (method: 'POST' | 'DELETE') => {
    setError('')
    try {
      const json = await callEventsApi('/api/events/feed', method)
      setUrl(method === 'POST' ? json.url : null)
      setActive(method === 'POST')
    } catch (err) {
      setError((err as Error).message || t.error)
    }
  }
  return (
    <section
      aria-labelledby="feed-heading"
      className="border border-line p-6 sm:p-8 flex flex-col gap-5"
    >
      <h2 id="feed-heading" className="eyebrow">
        {t.heading}
      </h2>
      <p className="text-mist max-w-2xl">{t.intro}</p>
      <p className="text-sm text-smoke">{active ? t.active : t.off}</p>
      {url && (
        <div className="flex flex-col gap-2">
          <Notice tone="success">{t.shownOnce}</Notice>
          <input
            readOnly
            value={url}
            aria-label={t.heading}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full bg-graphite border border-line px-3 py-2 text-sm text-ivory"
            data-testid="feed-url"
          />
        </div>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      <div className="flex flex-wrap gap-3">
        <button type="button" className={buttonClass('ghost')} onClick={() => run('POST')}>
          {active ? t.regenerate : t.create}
        </button>
        {active && (
          <button type="button" className={buttonClass('quiet')} onClick={() => run('DELETE')}>
            {t.revoke}
          </button>
        )}
      </div>
    </section>
  )
}
