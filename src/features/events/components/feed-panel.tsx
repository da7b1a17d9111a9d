'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'

import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'

import { callEventsApi } from './api'

/** Create, regenerate or switch off the personal calendar feed; a new URL is shown once. */
export function FeedPanel({ active: initial }: { active: boolean }) {
  const t = useTranslations('Events')
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
      setError((err as Error).message || t('form.error'))
    }
  }
  return (
    <section
      aria-labelledby="feed-heading"
      className="border border-line p-6 sm:p-8 flex flex-col gap-5"
    >
      <h2 id="feed-heading" className="eyebrow">
        {t('feed.heading')}
      </h2>
      <p className="text-mist max-w-2xl">{t('feed.intro')}</p>
      <p className="text-sm text-smoke">{active ? t('feed.active') : t('feed.off')}</p>
      {url && (
        <div className="flex flex-col gap-2">
          <Notice tone="success">{t('feed.shownOnce')}</Notice>
          <input
            readOnly
            value={url}
            aria-label={t('feed.heading')}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full bg-graphite border border-line px-3 py-2 text-sm text-ivory"
            data-testid="feed-url"
          />
        </div>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      <div className="flex flex-wrap gap-3">
        <Button variant="ghost" onClick={() => run('POST')}>
          {active ? t('feed.regenerate') : t('feed.create')}
        </Button>
        {active && (
          <Button variant="quiet" onClick={() => run('DELETE')}>
            {t('feed.revoke')}
          </Button>
        )}
      </div>
    </section>
  )
}
