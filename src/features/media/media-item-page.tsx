import { RichText } from '@payloadcms/richtext-lexical/react'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { ArrowLeft } from '@/components/ui/icons'
import { PROSE } from '@/components/prose'
import { requireCustomer } from '@/lib/auth/current-customer'
import { Link } from '@/lib/i18n/navigation'
import { LOCALE_NAMES, type TLocale } from '@/lib/i18n/locales'
import { embedUrl } from '@/lib/media/external-video'
import { formatDate } from '@/lib/orders/format'

import { VideoPlayer } from './components/video-player'
import { customerMasterUrl, customerThumbnailsUrl } from './hls-route'
import { getMediaItem } from './queries'

/** /[locale]/media/[id]: one story, with its film when it has one. */
export async function MediaItemPage({ locale, id }: { locale: TLocale; id: string }) {
  const customer = await requireCustomer(locale)
  const item = await getMediaItem(customer, id, locale)
  if (!item) notFound()
  const t = await getTranslations('Media')
  const { card } = item
  const image = item.cover?.sizes?.hero?.url ?? item.cover?.url ?? null
  return (
    <article className="mx-auto max-w-5xl px-5 sm:px-8 py-10 sm:py-16">
      <Link
        href="/media"
        className="inline-flex items-center gap-2 text-xs tracking-[0.2em] uppercase text-mist hover:text-amber mb-10"
      >
        <ArrowLeft size={14} aria-hidden="true" /> {t('back')}
      </Link>
      <p className="eyebrow mb-4">{t(`types.${card.type}`)}</p>
      <h1 className="text-3xl sm:text-5xl font-light tracking-tight text-balance">{card.title}</h1>
      {card.summary && (
        <p className="mt-6 text-lg text-mist leading-relaxed max-w-3xl">{card.summary}</p>
      )}
      {card.publishedAt && (
        <p className="mt-4 text-xs text-smoke">
          {t('published', { date: formatDate(locale, card.publishedAt) })}
        </p>
      )}
      <div className="mt-10">
        {item.set ? (
          <VideoPlayer
            itemId={card.id}
            src={customerMasterUrl(card.id, customer)}
            poster={image ?? `/api/files/${item.set.poster}`}
            startAt={card.resumeAt}
            locale={locale}
            captions={item.captions.map((c) => ({ ...c, label: LOCALE_NAMES[c.srclang] }))}
            thumbnails={customerThumbnailsUrl(card.id, customer)}
            labels={{
              quality: t('quality'),
              auto: t('auto'),
              keyboard: t('keyboard'),
              player: t('playerLabel', { title: card.title }),
              error: t('playError'),
              play: t('player.play'),
              pause: t('player.pause'),
              mute: t('player.mute'),
              unmute: t('player.unmute'),
              volume: t('player.volume'),
              seek: t('player.seek'),
              seekValue: t('player.seekValue', { current: '{current}', total: '{total}' }),
              captions: t('player.captions'),
              captionsOff: t('player.captionsOff'),
              fullscreen: t('player.fullscreen'),
              exitFullscreen: t('player.exitFullscreen'),
            }}
          />
        ) : item.external ? (
          <div className="relative aspect-video bg-black">
            <iframe
              data-testid="media-embed"
              src={embedUrl(item.external)}
              title={t('playerLabel', { title: card.title })}
              allow="fullscreen; picture-in-picture; encrypted-media"
              referrerPolicy="strict-origin-when-cross-origin"
              sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
              className="absolute inset-0 size-full border-0"
            />
          </div>
        ) : (
          <>
            {image && (
              // eslint-disable-next-line @next/next/no-img-element -- a private file, served with the customer's cookie
              <img
                src={image}
                alt={item.cover?.alt ?? ''}
                className="w-full aspect-[16/9] object-cover"
              />
            )}
            {item.videoPending && (
              <p
                className="mt-4 border border-line p-5 text-sm text-mist"
                data-testid="media-preparing"
              >
                {t('preparing')}
              </p>
            )}
          </>
        )}
      </div>
      {item.body && (
        <div className={`mt-12 max-w-3xl ${PROSE}`} data-testid="media-body">
          <RichText data={item.body} disableContainer />
        </div>
      )}
    </article>
  )
}
