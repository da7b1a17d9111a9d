import { getTranslations } from 'next-intl/server'

import type { TLocale } from '@/lib/i18n/locales'
import { formatDate } from '@/lib/orders/format'

import type { TTimelineUpdate } from '../queries'
import { Gallery } from './gallery'
import { RichText } from './rich-text'

/** Production updates, newest first: date, milestone, "new", text, photos and video. */
export async function UpdateList({
  updates,
  locale,
}: {
  updates: TTimelineUpdate[]
  locale: TLocale
}) {
  const t = await getTranslations('Timeline')
  if (updates.length === 0)
    return <p className="text-mist border border-line p-6">{t('noUpdates')}</p>
  const labels = {
    dialog: t('lightbox.dialog'),
    close: t('lightbox.close'),
    previous: t('lightbox.previous'),
    next: t('lightbox.next'),
    counter: t('lightbox.counter', { n: '{n}', total: '{total}' }),
  }
  return (
    <ol className="flex flex-col gap-10">
      {updates.map((u) => (
        <li key={u.id} id={`update-${u.id}`} data-testid="update" className="scroll-mt-24">
          <article className="flex flex-col gap-5 border-t border-line pt-6">
            <header className="flex flex-col gap-2">
              <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs tracking-[0.16em] uppercase text-smoke">
                {u.publishedAt && (
                  <time dateTime={u.publishedAt}>{formatDate(locale, u.publishedAt)}</time>
                )}
                {u.milestone && <span className="text-mist">{u.milestone}</span>}
                {u.isNew && (
                  <span
                    data-testid="update-new"
                    className="border border-amber px-2 py-0.5 text-[0.6rem] tracking-[0.2em] text-amber"
                  >
                    {t('new')}
                  </span>
                )}
              </p>
              <h3 className="text-2xl font-light tracking-tight">{u.title}</h3>
            </header>
            <RichText value={u.body} />
            {u.photos.length > 0 && (
              <Gallery photos={u.photos} labels={labels} openLabel={t('openPhoto', { n: '{n}' })} />
            )}
            {u.video && (
              <video
                controls
                preload="metadata"
                playsInline
                className="w-full aspect-video bg-carbon"
                aria-label={t('video', { title: u.title })}
              >
                <source src={u.video.src} type={u.video.type} />
              </video>
            )}
          </article>
        </li>
      ))}
    </ol>
  )
}
