import { getTranslations } from 'next-intl/server'

import { Play } from '@/components/ui/icons'
import { Link } from '@/lib/i18n/navigation'
import type { TLocale } from '@/lib/i18n/locales'
import { formatDate } from '@/lib/orders/format'

import { formatClock } from '../format'
import type { TMediaCard } from '../queries'

/** One item of the library: image, kind, title, and what the customer can do with it. */
export async function MediaCard({
  item,
  locale,
  large = false,
}: {
  item: TMediaCard
  locale: TLocale
  large?: boolean
}) {
  const t = await getTranslations('Media')
  return (
    <Link
      href={`/media/${item.id}`}
      className="group flex flex-col bg-ink focus-visible:outline focus-visible:outline-1 focus-visible:outline-amber"
      data-testid="media-card"
    >
      <div
        className={`relative overflow-hidden bg-graphite ${large ? 'aspect-[16/9] lg:aspect-[21/9]' : 'aspect-[16/10]'}`}
      >
        {item.image && (
          // eslint-disable-next-line @next/next/no-img-element -- a private file: next/image would fetch it without the customer's cookie
          <img
            src={item.image}
            alt={item.imageAlt}
            loading={large ? 'eager' : 'lazy'}
            fetchPriority={large ? 'high' : 'auto'}
            className="absolute inset-0 size-full object-cover transition-transform duration-700 group-hover:scale-[1.03]"
          />
        )}
        <div className="absolute inset-0 bg-gradient-to-t from-ink/80 via-ink/10 to-transparent" />
        {item.isNew && (
          <span
            className="absolute top-4 left-4 bg-amber text-ink text-[0.65rem] tracking-[0.2em] uppercase px-2.5 py-1"
            data-testid="media-new"
          >
            {t('new')}
          </span>
        )}
        {item.duration !== null && (
          <span className="absolute bottom-4 right-4 inline-flex items-center gap-2 text-xs text-ivory bg-ink/70 px-2.5 py-1">
            <Play size={12} aria-hidden="true" /> {formatClock(item.duration)}
          </span>
        )}
        {item.resumeAt !== null && item.duration && (
          <span
            className="absolute bottom-0 left-0 h-0.5 bg-amber"
            style={{ width: `${Math.min(100, (item.resumeAt / item.duration) * 100)}%` }}
            aria-hidden="true"
          />
        )}
      </div>
      <div className={`flex flex-col gap-2 ${large ? 'p-6 sm:p-10' : 'p-5 sm:p-6'}`}>
        <p className="eyebrow">{t(`types.${item.type}`)}</p>
        <h3
          className={`font-light text-ivory text-balance group-hover:text-amber transition-colors ${large ? 'text-3xl sm:text-4xl' : 'text-xl'}`}
        >
          {item.title}
        </h3>
        {item.summary && (
          <p
            className={`text-mist leading-relaxed ${large ? 'max-w-2xl' : 'text-sm line-clamp-3'}`}
          >
            {item.summary}
          </p>
        )}
        <p className="mt-1 text-xs text-smoke">
          {item.resumeAt !== null
            ? t('resume', { time: formatClock(item.resumeAt) })
            : item.publishedAt
              ? formatDate(locale, item.publishedAt)
              : null}
        </p>
      </div>
    </Link>
  )
}
